import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { STAFF_INVITATION_MAIL } from "@/lib/auth/invitations";
import { requirePermission } from "@/lib/auth/session";
import { recentMails } from "@/lib/mail/outbox";
import { joinPair, labelled } from "@/lib/i18n/lists";
import { localeTags } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.outbox" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The local outbox: what the portal sent or would have sent, newest first. */
export default async function OutboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "outbox.read", `/${locale}/admin/outbox`);
  const t = await getTranslations("admin.outbox");
  const tAccount = await getTranslations("account");
  const mails = await recentMails();
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {mails.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {mails.map((m) => (
            <li key={m.id} className="rounded-md border border-line p-3">
              <p className="font-semibold wrap-anywhere">{m.subject}</p>
              <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("to")}</dt>
                <dd className="break-all">{m.toAddress}</dd>
                <dt className="font-semibold">{t("created")}</dt>
                <dd>{when.format(m.createdAt)}</dd>
                <dt className="font-semibold">{t("status")}</dt>
                <dd>
                  {joinPair(t(`statuses.${m.status}`), labelled(t("attempts"), m.attempts, locale), locale)}
                </dd>
              </dl>
              {/* An invitation link would let any reader of the outbox take over the invited account. */}
              {m.kind === STAFF_INVITATION_MAIL ? (
                <p className="mt-2 text-sm">{tAccount("outboxHidden")}</p>
              ) : (
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand underline">{t("show")}</summary>
                  <pre className="mt-2 whitespace-pre-wrap wrap-anywhere bg-mist p-3 font-sans text-sm">{m.text}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
