import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type MessagePath } from "@/lib/i18n/pick-messages";

/**
 * Hands the client components below it the messages they use, and nothing else:
 * whatever a provider receives is serialised into every page's HTML, and all of
 * the portal's messages would be some 70 KB per page.
 */
export async function ClientMessages({ only, children }: { only: readonly MessagePath[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, only)}>{children}</NextIntlClientProvider>;
}
