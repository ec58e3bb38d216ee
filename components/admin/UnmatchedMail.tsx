import { getTranslations } from "next-intl/server";
import { unmatchedMailAction } from "@/lib/conversation/inbound/actions";
import { readsReplies } from "@/lib/conversation/inbound/reply-address";
import type { recentlyHandled, unmatchedMails } from "@/lib/conversation/inbound/unmatched";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/routing";

export type UnmatchedOutcome = { done?: string; error?: string; mailId?: string; reference?: string };

type Props = {
  locale: Locale;
  mails: Awaited<ReturnType<typeof unmatchedMails>>;
  handled: Awaited<ReturnType<typeof recentlyHandled>>;
  outcome: UnmatchedOutcome;
};

const ERRORS = ["invalid", "notAllowed", "reference", "notFound", "closed", "handled", "empty"] as const;
type ErrorCode = (typeof ERRORS)[number];
const errorOf = (code: string | undefined): ErrorCode | undefined => ERRORS.find((e) => e === code);

/**
 * The list "unmatched mail": each mail's sender, subject and text exactly as received,
 * rendered as text only (React escapes it; bidi isolated, long words wrap), with a form
 * to file it on a case by reference and one to discard it. Plain forms: no JavaScript needed.
 */
export async function UnmatchedMail({ locale, mails, handled, outcome }: Props) {
  const t = await getTranslations("conversation.unmatched");
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  const error = errorOf(outcome.error);
  const general = error && !mails.some((m) => m.id === outcome.mailId);

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      <p className="mt-3 max-w-3xl">{t("retention", { days: env.INBOUND_MAIL_RETENTION_DAYS })}</p>
      {!readsReplies() && <p className="mt-3 max-w-3xl rounded-md bg-mist p-3">{t("noMailbox")}</p>}

      <div id="outcome" tabIndex={-1}>
        {outcome.done === "assigned" && outcome.reference && (
          <p role="status" className="mt-4 rounded-md border-2 border-ok p-3">
            {t.rich("done.assigned", {
              reference: outcome.reference,
              link: (chunks) => (
                <Link href={`/admin/inquiries/${outcome.reference}`} className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {outcome.done === "discarded" && (
          <p role="status" className="mt-4 rounded-md border-2 border-ok p-3">
            {t("done.discarded")}
          </p>
        )}
        {general && (
          <p role="alert" className="mt-4 rounded-md border-2 border-accent p-3 font-semibold">
            {t(`errors.${error}`, { reference: outcome.reference ?? "" })}
          </p>
        )}
      </div>

      <h2 className="mt-8 text-2xl font-bold">{t("listTitle", { count: mails.length })}</h2>
      {mails.length === 0 ? (
        <p className="mt-3">{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {mails.map((m) => {
            const mine = error && outcome.mailId === m.id ? error : undefined;
            const errorId = `mail-${m.id}-error`;
            return (
              <li key={m.id} id={`mail-${m.id}`} className="rounded-md border border-line p-4" tabIndex={-1}>
                <h3 className="text-lg font-semibold wrap-anywhere [unicode-bidi:plaintext]">{m.subject.trim() || t("noSubject")}</h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t("from")}</dt>
                  <dd className="wrap-anywhere [unicode-bidi:plaintext]">{m.fromName ? `${m.fromName} <${m.fromAddress}>` : m.fromAddress || t("noSender")}</dd>
                  <dt className="font-semibold">{t("received")}</dt>
                  <dd>
                    <time dateTime={m.receivedAt.toISOString()}>{when.format(m.receivedAt)}</time>
                  </dd>
                  <dt className="font-semibold">{t("reason")}</dt>
                  <dd>{t(`reasons.${m.reason ?? "NO_MATCH"}`)}</dd>
                  {m.inquiry && (
                    <>
                      <dt className="font-semibold">{t("namedCase")}</dt>
                      <dd>
                        <Link href={`/admin/inquiries/${m.inquiry.reference}`} className="underline">
                          {m.inquiry.reference}
                        </Link>
                      </dd>
                    </>
                  )}
                </dl>
                {m.text.trim() ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-brand underline">{t("showText")}</summary>
                    <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap wrap-anywhere bg-mist p-3 font-sans text-sm [unicode-bidi:plaintext]">{m.text}</pre>
                  </details>
                ) : (
                  <p className="mt-3 text-sm">{t("noText")}</p>
                )}
                <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-3">
                  <form action={unmatchedMailAction} className="flex flex-wrap items-end gap-3">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="intent" value="assign" />
                    <input type="hidden" name="mailId" value={m.id} />
                    <div>
                      <label htmlFor={`reference-${m.id}`} className="block font-semibold">
                        {t("referenceLabel")}
                      </label>
                      <input
                        id={`reference-${m.id}`}
                        name="reference"
                        type="text"
                        inputMode="text"
                        autoComplete="off"
                        spellCheck={false}
                        maxLength={40}
                        defaultValue={mine ? (outcome.reference ?? "") : (m.inquiry?.reference ?? "")}
                        aria-invalid={mine ? true : undefined}
                        aria-describedby={mine ? `${errorId} reference-${m.id}-hint` : `reference-${m.id}-hint`}
                        className="mt-1 w-48 rounded border border-ink px-2 py-1"
                      />
                    </div>
                    <button type="submit" className="button-primary cursor-pointer">
                      {t("assign")}
                    </button>
                  </form>
                  <form action={unmatchedMailAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="intent" value="discard" />
                    <input type="hidden" name="mailId" value={m.id} />
                    <button type="submit" className="button-secondary cursor-pointer">
                      {t("discard")}
                    </button>
                  </form>
                </div>
                <p id={`reference-${m.id}-hint`} className="mt-2 text-sm">
                  {t("referenceHint")}
                </p>
                {mine && (
                  <p id={errorId} role="alert" className="mt-2 border-s-4 border-accent ps-3 font-semibold text-accent">
                    {t(`errors.${mine}`, { reference: outcome.reference ?? "" })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h2 className="mt-10 text-2xl font-bold">{t("handledTitle")}</h2>
      {handled.length === 0 ? (
        <p className="mt-3">{t("handledEmpty")}</p>
      ) : (
        <ul className="mt-3 space-y-1">
          {handled.map((h) => (
            <li key={h.id}>
              {h.resolvedAt && <time dateTime={h.resolvedAt.toISOString()}>{when.format(h.resolvedAt)}</time>}
              {t("separator")}
              {h.status === "DISCARDED"
                ? t("handledDiscarded", { who: h.resolvedByLabel ?? "" })
                : t("handledAssigned", { who: h.resolvedByLabel ?? "", reference: h.inquiry?.reference ?? "—" })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
