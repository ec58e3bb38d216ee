// The applicant's conversation page: the messages of their inquiry (never internal
// notes) and the reply form; for a link that expired, the offer of a fresh one.
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { FreshLinkForm, ReplyForm } from "@/components/inquiry/ReplyForm";
import { MESSAGE_MAX_LENGTH } from "@/lib/conversation/messages";
import { openConversation } from "@/lib/conversation/reply";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/routing";

const FORM_MESSAGES = ["conversation.reply", "inquiryErrors.prefix", "inquiryErrors.summaryTitle"] as const;

export async function ConversationPage({ locale, token, sent }: { locale: Locale; token: string; sent: boolean }) {
  const t = await getTranslations("conversation.reply");
  const opened = await openConversation(token);

  if (opened.state !== "valid") {
    const expired = opened.state === "expired";
    return (
      <div className="container-page max-w-3xl py-10">
        <h1 className="text-3xl font-bold">{expired ? t("expiredTitle") : t("invalidTitle")}</h1>
        <p className="mt-4 text-lg">{expired ? t("expired", { days: env.CONVERSATION_LINK_DAYS }) : t("invalid")}</p>
        {expired ? (
          <ClientMessages only={FORM_MESSAGES}>
            <FreshLinkForm locale={locale} token={token} />
          </ClientMessages>
        ) : (
          <p className="mt-6">
            <Link href="/inquiry/status">{t("statusLink")}</Link>
          </p>
        )}
      </div>
    );
  }

  const { inquiry, messages } = opened;
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <div className="container-page max-w-3xl py-10">
      <h1 className="text-3xl font-bold wrap-anywhere">{t("title", { reference: inquiry.reference })}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      {sent && (
        <p id="reply-sent" role="status" className="mt-6 rounded-md border-2 border-ok p-4">
          {t("sent")}
        </p>
      )}
      {messages.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id} className={`rounded-lg p-4 ${m.direction === "OUTBOUND" ? "bg-mist" : "border-2 border-line sm:ms-10"}`}>
              <p className="font-semibold">{m.direction === "OUTBOUND" ? <bdi>{m.organisation ?? "NRW.Global Business"}</bdi> : t("you")}</p>
              <p lang={m.locale} className="mt-2 whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">
                {m.body}
              </p>
              <p className="mt-2 text-sm text-muted">
                <time dateTime={m.createdAt.toISOString()}>{when.format(m.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {inquiry.status === "CLOSED" ? (
        <p className="mt-8 rounded-lg border border-line bg-mist p-4">{t("closed")}</p>
      ) : (
        <section aria-labelledby="reply-heading" className="mt-10">
          <h2 id="reply-heading" className="text-2xl font-bold">
            {t("bodyLabel")}
          </h2>
          <ClientMessages only={FORM_MESSAGES}>
            <ReplyForm locale={locale} token={token} max={MESSAGE_MAX_LENGTH} />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
