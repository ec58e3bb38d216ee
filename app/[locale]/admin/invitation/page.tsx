import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InvitationForm } from "@/components/admin/InvitationForm";
import { findInvitation } from "@/lib/auth/invitations";
import { signInPath } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.invitation" });
  // The link carries a secret: keep it out of indexes and of Referer headers.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Where an invitation link leads: the invitee sets a password, or learns why the link does not work. */
export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account.invitation");
  const { token } = await searchParams;
  const found = typeof token === "string" ? await findInvitation(db(), token) : ({ status: "unknown" } as const);
  if (found.status !== "valid") {
    return (
      <div className="container-page py-10">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-3 max-w-2xl">{t(found.status)}</p>
        <p className="mt-6">
          <a href={signInPath(locale)} className="text-brand underline">
            {t("signIn")}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl">{t("lead", { name: found.name, email: found.email })}</p>
      <ClientMessages only={["account.invitation"]}>
        <InvitationForm locale={locale} token={token as string} />
      </ClientMessages>
    </div>
  );
}
