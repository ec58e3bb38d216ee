"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { acceptInvitationAction, type InvitationState } from "@/lib/auth/invitation-actions";

export function InvitationForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("account.invitation");
  const [state, action, pending] = useActionState<InvitationState, FormData>(acceptInvitationAction, {});
  const input = "mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2";
  const passwordProblem = state.error !== undefined && state.error !== "unknown" && state.error !== "expired";
  return (
    <form action={action} className="mt-6 max-w-md space-y-4" noValidate>
      {state.error && (
        <FormErrorAlert title={t("errorTitle")} message={t(state.error)} />
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <p id="password-hint" className="text-sm text-muted">
          {t("passwordHint")}
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-describedby="password-hint"
          aria-invalid={passwordProblem || undefined}
          className={input}
        />
      </div>
      <div>
        <label htmlFor="repeat" className="font-semibold">
          {t("repeat")}
        </label>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" required aria-invalid={state.error === "mismatch" || undefined} className={input} />
      </div>
      <button type="submit" className="button-primary cursor-pointer" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
