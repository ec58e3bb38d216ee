"use server";
// The content editor's forms (save a draft, publish or submit it, approve, restore)
// through the one staff wrapper. Who may edit what is decided by the permission table and
// lib/content/versions.ts (mayEditOwned); a refusal looks like a wrong address. Every
// form works without JavaScript: each save is a version, so after the redirect the
// editor shows exactly what was typed, with the result above it.
import { revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import type { Locale } from "../i18n/routing.ts";
import { editorPath, readContentForm } from "./form.ts";
import { CONTENT_KINDS, type ContentKind } from "./schemas.ts";
import { approve, createEntity, publishNewest, restore, saveDraft, type Revalidate } from "./versions.ts";
import { EVENT_SLUG, emptyEvent } from "./event-schema.ts";
import { defaultZone } from "./event-kind.ts";

/** Expires the tags in this process now; the route cache handler and the triggers tell the other instances. */
const revalidateNow: Revalidate = (tags) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
};

const entityFields = { kind: z.enum(CONTENT_KINDS), key: z.string().min(1).max(120) };
const entityOf = (form: FormData) => ({ kind: String(form.get("kind") ?? ""), key: String(form.get("key") ?? "") });
const back = (locale: Locale, form: FormData) => {
  const { kind, key } = entityOf(form);
  return (CONTENT_KINDS as readonly string[]).includes(kind) ? editorPath(locale, kind as ContentKind, key) : `/${locale}/admin/content`;
};
const fail = (code: string, { locale, form }: { locale: Locale; form: FormData }): never => {
  if (code === "notFound" || code === "notAllowed") redirect(`/${locale}/admin/content?result=notFound`);
  redirect(`${back(locale, form)}?result=invalid#result`);
};

export const saveContentAction = staffAction({
  // Who may edit this entity depends on it: checked by the service against the permission table.
  access: "signedIn",
  page: back,
  schema: z.object({ ...entityFields, intent: z.enum(["draft", "publish"]), payload: z.unknown(), confirmWithdrawal: z.boolean() }),
  read: (form) => ({ ...entityOf(form), intent: form.get("intent") ?? "draft", payload: readContentForm(String(form.get("kind") ?? ""), form), confirmWithdrawal: form.get("confirmWithdrawal") === "yes" }),
  fail,
  malformed: undefined,
  run: async ({ kind, key, intent, payload, confirmWithdrawal }, { staff, locale }) => {
    const entity = { kind, key };
    await saveDraft(staff, entity, payload);
    if (intent === "draft") redirect(`${editorPath(locale, kind, key)}?result=saved#result`);
    const result = await publishNewest(staff, entity, revalidateNow, { confirmWithdrawal });
    redirect(`${editorPath(locale, kind, key)}?result=${result.outcome}#result`);
  },
});

export const approveContentAction = staffAction({
  access: "content.editAll",
  page: back,
  schema: z.object({ ...entityFields, number: z.coerce.number().int().min(1), confirmWithdrawal: z.boolean() }),
  read: (form) => ({ ...entityOf(form), number: form.get("number") ?? "", confirmWithdrawal: form.get("confirmWithdrawal") === "yes" }),
  fail,
  malformed: undefined,
  run: async ({ kind, key, number, confirmWithdrawal }, { staff, locale }) => {
    const result = await approve(staff, { kind, key }, number, revalidateNow, { confirmWithdrawal });
    redirect(`${editorPath(locale, kind, key)}?result=${result.outcome === "published" ? "approved" : "blocked"}#result`);
  },
});

export const restoreContentAction = staffAction({
  access: "signedIn",
  page: back,
  schema: z.object({ ...entityFields, number: z.coerce.number().int().min(1) }),
  read: (form) => ({ ...entityOf(form), number: form.get("number") ?? "" }),
  fail,
  malformed: undefined,
  run: async ({ kind, key, number }, { staff, locale }) => {
    await restore(staff, { kind, key }, number);
    redirect(`${editorPath(locale, kind, key)}?result=restored&from=${number}#result`);
  },
});

/** Starts a new information event: its address (slug) and host; the editor opens on its first draft. */
export const createEventAction = staffAction({
  // Whether the account may host for this organisation is checked by the service (content.editAll / content.editOwn).
  access: "signedIn",
  page: (locale) => `/${locale}/admin/content`,
  schema: z.object({ slug: z.string().trim().toLowerCase().regex(EVENT_SLUG), hostSlug: z.string().min(1).max(120) }),
  read: (form) => ({ slug: form.get("slug") ?? "", hostSlug: form.get("hostSlug") ?? "" }),
  fail: (code, { locale, form }) => {
    const slug = encodeURIComponent(String(form.get("slug") ?? "").slice(0, 80));
    redirect(`/${locale}/admin/content?result=${code === "taken" ? "eventTaken" : code === "notAllowed" ? "notFound" : "eventInvalid"}&slug=${slug}#new-event`);
  },
  malformed: undefined,
  run: async ({ slug, hostSlug }, { staff, locale }) => {
    await createEntity(staff, { kind: "event", key: slug }, emptyEvent(hostSlug, defaultZone(hostSlug)));
    redirect(`${editorPath(locale, "event", slug)}?result=created#result`);
  },
});
