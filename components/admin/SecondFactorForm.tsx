"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { secondFactorAction, type SecondFactorState } from "@/lib/auth/sign-in-actions";

export function SecondFactorForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("account.secondFactor");
  const [state, action, pending] = useActionState<SecondFactorState, FormData>(secondFactorAction, {});
  return (
    <form action={action} className="mt-6 max-w-md space-y-4" noValidate>
      {state.error && (
        <FormErrorAlert title={t("errorTitle")} message={t(state.error, { minutes: state.minutes ?? 15 })}>
          {(state.error === "expired" || state.error === "locked") && (
            <p className="mt-2">
              <a href={`/${locale}/admin/sign-in`} className="text-brand underline">
                {t("restart")}
              </a>
            </p>
          )}
        </FormErrorAlert>
      )}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="code" className="font-semibold">
          {t("code")}
        </label>
        <p id="code-hint" className="text-sm text-muted">
          {t("hint")}
        </p>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          required
          maxLength={40}
          aria-describedby="code-hint"
          aria-invalid={state.error === "invalid" || state.error === "missing" ? true : undefined}
          className="mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2 font-mono tracking-wider"
        />
      </div>
      <button type="submit" className="button-primary cursor-pointer" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
