"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { signInAction, type SignInState } from "@/lib/auth/sign-in-actions";

export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("admin.signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const input = "mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2";
  return (
    <form action={action} className="mt-6 max-w-md space-y-4" noValidate>
      {state.error && (
        <FormErrorAlert title={t("errorTitle")} message={t(state.error, { minutes: state.minutes ?? 15 })} />
      )}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="email" className="font-semibold">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={input} />
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={input} />
      </div>
      <button type="submit" className="button-primary cursor-pointer" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
