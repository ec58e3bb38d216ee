"use client";
// The applicant's reply: works without JavaScript (the Server Action answers the
// plain form post), shows the length limit, gives back what was typed on any error.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { freshLinkAction, replyAction, type FreshLinkState, type ReplyState } from "@/lib/conversation/reply-actions";
import { ErrorSummary, type SummaryItem } from "./ErrorSummary";
import { TextArea } from "./fields";

export function ReplyForm({ locale, token, max }: { locale: string; token: string; max: number }) {
  const t = useTranslations("conversation.reply");
  const prefix = useTranslations("inquiryErrors")("prefix");
  const [state, action, pending] = useActionState<ReplyState, FormData>(replyAction, { body: "", submission: 0 });
  const fieldError = state.error === "tooLong" ? t("errors.tooLong", { max }) : state.error === "required" ? t("errors.required") : undefined;
  const items: SummaryItem[] = [
    ...(fieldError ? [{ field: "body", message: fieldError }] : []),
    ...(state.rateLimitedMinutes ? [{ message: t("errors.rateLimited", { minutes: state.rateLimitedMinutes }) }] : []),
    ...(state.linkProblem ? [{ message: state.linkProblem === "expired" ? t("expiredTitle") : state.linkProblem === "closed" ? t("closed") : t("invalidTitle") }] : []),
  ];
  return (
    <>
      <ErrorSummary items={items} focusKey={state.submission} />
      <form key={state.submission} action={action} noValidate className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <TextArea
          name="body"
          label={t("bodyLabel")}
          hint={t("bodyHint", { max })}
          value={state.body}
          error={fieldError}
          errorPrefix={prefix}
          max={max}
          countLabel={(count) => t("counter", { count, max })}
          overLabel={(count) => t("over", { count })}
        />
        <button type="submit" className="button-primary mt-6 cursor-pointer" disabled={pending}>
          {t("send")}
        </button>
      </form>
      {state.linkProblem === "expired" && <FreshLinkForm locale={locale} token={token} />}
    </>
  );
}

/** An expired link: a fresh one goes to the inquiry's own address. */
export function FreshLinkForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("conversation.reply");
  const [state, action, pending] = useActionState<FreshLinkState, FormData>(freshLinkAction, { submission: 0 });
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div aria-live="polite">
        {state.sent && <p className="mb-4 rounded-md border-2 border-ok p-3">{t("freshSent")}</p>}
        {state.rateLimitedMinutes && <p className="mb-4 rounded-md border-2 border-accent p-3">{t("freshLimited", { minutes: state.rateLimitedMinutes })}</p>}
      </div>
      {!state.sent && (
        <button type="submit" className="button-primary cursor-pointer" disabled={pending}>
          {t("sendFresh")}
        </button>
      )}
    </form>
  );
}
