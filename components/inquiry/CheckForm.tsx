"use client";
// The final step's form: sends the inquiry once. The idempotency key makes a
// double click or a re-posted page return the same inquiry, not a second one.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sendInquiry } from "@/app/[locale]/inquiry/actions";
import type { Locale } from "@/lib/i18n/routing";
import { HONEYPOT_FIELD } from "@/lib/inquiries/form-state";
import { ErrorSummary } from "./ErrorSummary";
import { Honeypot } from "./fields";

export function CheckForm({ locale, idempotencyKey }: { locale: Locale; idempotencyKey: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(sendInquiry, { submission: 0 });
  const error = state.formError;
  return (
    <>
      <ErrorSummary
        items={error ? [{ message: t(`inquiryErrors.form.${error.code}` as never, { minutes: error.minutes ?? 60 } as never) }] : []}
        focusKey={state.submission}
      />
      <form action={formAction} className="relative mt-6" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <Honeypot name={HONEYPOT_FIELD} label={t("inquiry.honeypot")} />
        <button type="submit" className="button-primary cursor-pointer" aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()}>
          {t("inquiry.check.submit")}
        </button>
      </form>
    </>
  );
}
