import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { ComposeMessage } from "@/components/admin/ComposeMessage";
import type { Staff } from "@/lib/auth/session";
import { markReplyReadAction } from "@/lib/conversation/actions";
import { conversationOf, MESSAGE_MAX_LENGTH, replyLocaleOf } from "@/lib/conversation/messages";
import { templatesFor } from "@/lib/conversation/templates";
import { isOpen, mayWriteToApplicant } from "@/lib/domain/workflow";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { locales, localeTags, type Locale } from "@/lib/i18n/routing";
import { TranslatedText } from "@/components/admin/TranslatedText";
import type { Reading } from "@/lib/translation/reading";
import { organisationLabels } from "@/lib/organisations/names";
import { languageName } from "@/lib/i18n/language-names";

type Props = { locale: Locale; staff: Staff; detail: InquiryDetail; sent: boolean; reading?: Reading };

/** Before its organisation accepts, a partner sees the forwarding messages only: messages name and greet the applicant. */

/** The case's conversation: forwarding messages, messages both ways, and the compose form for holders. */
export async function Conversation({ locale, staff, detail, sent, reading }: Props) {
  const t = await getTranslations("conversation.staff");
  const tContact = await getTranslations("admin.contact");
  const { inquiry } = detail;
  const labels = await organisationLabels(locale);
  const names = new Map(detail.organisations.map((o) => [o.id, labels.organisation(o)]));
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const messages = detail.contactVisible ? await conversationOf(inquiry.id) : [];
  const replyLocale = replyLocaleOf(inquiry);
  const own = inquiry.assignments.find((a) => a.organisationId === staff.organisationId && isOpen(a.state));
  const mayWrite = !inquiry.anonymisedAt && mayWriteToApplicant(inquiry.status, { role: staff.role, ownAssignment: own?.state });
  const gateway = detail.organisations.find((o) => o.kind === "GATEWAY");
  const gatewayName = gateway ? labels.organisation(gateway) : "NRW.Global Business";
  const forwarded = inquiry.assignments.filter((a) => a.note && a.organisation.kind !== "GATEWAY");
  // The sender may write in their reading language instead of the applicant's; saved replies of both are offered (each kept in its own).
  const writeLocale = reading?.reading ?? locale;
  const languageNames = new Intl.DisplayNames([localeTags[locale]], { type: "language" });
  const templates = mayWrite
    ? [
        ...(await templatesFor(staff, replyLocale)).map((tpl) => ({ ...tpl, locale: replyLocale })),
        ...(writeLocale !== replyLocale ? await templatesFor(staff, writeLocale) : []).map((tpl) => ({ ...tpl, locale: writeLocale })),
      ]
    : [];

  return (
    <div className="mt-4 space-y-4">
      {sent && (
        <p role="status" className="rounded-md border-2 border-ok p-3">
          {t("sent")}
        </p>
      )}
      {inquiry.unreadReplyAt && (
        <form action={markReplyReadAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="reference" value={inquiry.reference} />
          <span className="rounded bg-accent px-2 py-0.5 text-sm font-semibold text-white">{t("newReply")}</span>
          {mayWrite && (
            <button type="submit" className="button-secondary cursor-pointer !py-1">
              {t("markRead")}
            </button>
          )}
        </form>
      )}
      {forwarded.length > 0 && (
        <ul className="space-y-3">
          {forwarded.map((a) => (
            <li key={a.id} className="rounded-md border-s-4 border-line bg-mist p-3">
              <p className="text-sm font-semibold">{t("forwardingMessage", { from: gatewayName, to: labels.organisation(a.organisation) })}</p>
              {reading ? (
                <TranslatedText reading={reading} source="FORWARD_NOTE" sourceId={a.id} text={a.note ?? ""} lang={null} className="mt-1" />
              ) : (
                <p className="mt-1 whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">{a.note}</p>
              )}
              <p className="mt-1 text-sm text-muted">
                <time dateTime={a.assignedAt.toISOString()}>{when.format(a.assignedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {!detail.contactVisible ? (
        <p className="text-muted">{tContact("conversationWithheld", { organisation: staff.organisation ? labels.organisation(staff.organisation) : "–" })}</p>
      ) : messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className={`rounded-md p-3 ${m.direction === "OUTBOUND" ? "bg-mist" : "border-2 border-line"}`}>
              <p className="text-sm font-semibold">
                {m.direction === "OUTBOUND"
                  ? t("outbound", { organisation: (m.organisationId && names.get(m.organisationId)) || "–" })
                  : t("inbound")}
                {m.channel === "EMAIL" && ` · ${t("viaMail")}`}
              </p>
              {reading ? (
                <TranslatedText reading={reading} source="MESSAGE" sourceId={m.id} text={m.body} lang={m.locale} className="mt-1" />
              ) : (
                <p lang={m.locale} className="mt-1 whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">
                  {m.body}
                </p>
              )}
              <p className="mt-1 text-sm text-muted">
                {m.authorLabel && (
                  <>
                    <bdi>{m.authorLabel}</bdi> ·{" "}
                  </>
                )}
                <time dateTime={m.createdAt.toISOString()}>{when.format(m.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {mayWrite ? (
        <ClientMessages only={["conversation.staff"]}>
          <ComposeMessage
            locale={locale}
            reference={inquiry.reference}
            replyLocale={replyLocale}
            replyLanguage={languageName(replyLocale, locale)}
            maxLength={MESSAGE_MAX_LENGTH}
            templates={templates.map(({ id, title, locale: l }) => ({ id, title: writeLocale === replyLocale ? title : `${title} (${languageNames.of(l) ?? l})` }))}
            writeLocale={reading?.engine ? writeLocale : replyLocale}
            languages={locales.map((l) => ({ locale: l, name: languageNames.of(l) ?? l }))}
            engine={reading?.engine ?? null}
          />
        </ClientMessages>
      ) : (
        !inquiry.anonymisedAt && inquiry.status !== "CLOSED" && <p className="text-sm text-muted">{t("notAllowed")}</p>
      )}
    </div>
  );
}
