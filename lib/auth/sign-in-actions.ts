"use server";
// Signing in and out. Public endpoints: nobody is signed in yet, so they check the
// form themselves instead of going through staffAction.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { signIn, signOut, verifySecondFactor } from "./sign-in.ts";
import { routing } from "../i18n/routing.ts";
import { hasNulByte, isFormData, storableText } from "../security/action-input.ts";

export type SignInState = { error?: "missing" | "invalid" | "locked"; minutes?: number; email?: string };
export type SecondFactorState = { error?: "missing" | "invalid" | "locked" | "expired"; minutes?: number };

/** Only same-site paths below the staff area are followed after sign-in. */
function safeNext(locale: string, next: FormDataEntryValue | null): string {
  const fallback = `/${locale}/admin`;
  if (typeof next !== "string" || !next.startsWith(`/${locale}/admin`) || next.startsWith("//") || next.includes("\\")) return fallback;
  return next;
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  if (!isFormData(form)) return { error: "missing" };
  const locale = String(form.get("locale"));
  if (!hasLocale(routing.locales, locale)) return { error: "missing" };
  const email = storableText(String(form.get("email") ?? "").slice(0, 320));
  // A NUL byte cannot be an address or password of ours (and cannot be logged): a wrong pair.
  if (hasNulByte(form)) return { error: "invalid", email };
  const result = await signIn({ email, password: form.get("password") }, await headers());
  if (!result.ok && result.error === "secondFactorRequired") {
    const next = safeNext(locale, form.get("next"));
    redirect(`/${locale}/admin/sign-in/code?next=${encodeURIComponent(next)}`);
  }
  if (!result.ok) return { error: result.error, minutes: result.error === "locked" ? result.minutes : undefined, email };
  redirect(safeNext(locale, form.get("next")));
}

export async function secondFactorAction(_previous: SecondFactorState, form: FormData): Promise<SecondFactorState> {
  if (!isFormData(form)) return { error: "missing" };
  const locale = String(form.get("locale"));
  if (!hasLocale(routing.locales, locale)) return { error: "missing" };
  if (hasNulByte(form)) return { error: "invalid" };
  const result = await verifySecondFactor({ code: form.get("code") }, await headers());
  if (!result.ok) return { error: result.error, minutes: result.error === "locked" ? result.minutes : undefined };
  redirect(safeNext(locale, form.get("next")));
}

export async function signOutAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = String(form.get("locale"));
  await signOut(await headers());
  redirect(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/admin/sign-in?signedOut`);
}
