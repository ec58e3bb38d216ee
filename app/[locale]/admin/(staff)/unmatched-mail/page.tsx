import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnmatchedMail, type UnmatchedOutcome } from "@/components/admin/UnmatchedMail";
import { requirePermission } from "@/lib/auth/session";
import { recentlyHandled, unmatchedMails } from "@/lib/conversation/inbound/unmatched";

type Search = { done?: string | string[]; error?: string | string[]; mail?: string | string[]; reference?: string | string[] };
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "conversation.unmatched" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 40) : undefined);

/** The gateway's list of e-mails the reply job could not file on a case by itself. */
export default async function UnmatchedMailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "inboundMail.manage", `/${locale}/admin/unmatched-mail`);
  const search = await searchParams;
  const outcome: UnmatchedOutcome = { done: one(search.done), error: one(search.error), mailId: one(search.mail), reference: one(search.reference) };
  const [mails, handled] = await Promise.all([unmatchedMails(), recentlyHandled()]);
  return <UnmatchedMail locale={locale} mails={mails} handled={handled} outcome={outcome} />;
}
