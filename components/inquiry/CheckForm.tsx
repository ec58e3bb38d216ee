"use client";
// The final step's form: sends the inquiry once. It posts to app/api/inquiries,
// with or without JavaScript; with it, the answer comes back as JSON so that an
// error appears in place and the button is not pressed twice while waiting. The
// idempotency key makes a double click or a re-posted page return the same
// inquiry, not a second one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { HONEYPOT_FIELD, type FormError } from "@/lib/inquiries/form-state";
import { ErrorSummary } from "./ErrorSummary";
import { Honeypot } from "./fields";

// app/api/inquiries/route.ts
const SUBMIT_ENDPOINT = "/api/inquiries";

type Answer = { location?: string; formError?: FormError };

async function post(form: HTMLFormElement): Promise<Answer> {
  try {
    const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { accept: "application/json" } });
    return (await response.json()) as Answer;
  } catch {
    // Offline, or an answer that is not ours (a proxy's error page).
    return { formError: { code: "unavailable" } };
  }
}

/** `initialError`: the error a submission without JavaScript came back with (the page's address names it). */
export function CheckForm({ locale, idempotencyKey, initialError }: { locale: Locale; idempotencyKey: string; initialError?: FormError }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState({ error: initialError, submission: 0 });
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const answer = await post(event.currentTarget);
    if (answer.location) {
      // Stays pending until the next page replaces this one.
      router.push(answer.location);
      return;
    }
    setState((previous) => ({ error: answer.formError ?? { code: "unexpected" }, submission: previous.submission + 1 }));
    setPending(false);
  }

  const error = state.error;
  return (
    <>
      <ErrorSummary
        items={error ? [{ message: t(`inquiryErrors.form.${error.code}` as never, { minutes: error.minutes ?? 60 } as never) }] : []}
        focusKey={state.submission}
      />
      <form action={SUBMIT_ENDPOINT} method="post" onSubmit={submit} className="relative mt-6" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <Honeypot name={HONEYPOT_FIELD} label={t("inquiry.honeypot")} />
        <button type="submit" className="button-primary cursor-pointer" aria-disabled={pending || undefined}>
          {t("inquiry.check.submit")}
        </button>
      </form>
    </>
  );
}
