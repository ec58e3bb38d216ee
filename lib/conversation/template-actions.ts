"use server";
// Managing an organisation's saved replies (edit, delete) through the one staff wrapper.
// Both forms work without JavaScript; an edit that is refused comes back with
// everything typed and a translated error.
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import type { Locale } from "../i18n/routing.ts";
import { MESSAGE_MAX_LENGTH } from "./messages.ts";
import { deleteTemplate, savedRepliesPath, updateTemplate } from "./templates.ts";

export type TemplateEditState = {
  values: { title: string; body: string; locale: string };
  error?: "invalid" | "notFound" | "notAllowed";
  saved?: boolean;
  /** Changes with every answer, so that the form's message is announced again. */
  submission: number;
};

const typed = (form: FormData) => ({
  title: String(form.get("title") ?? "").slice(0, 400),
  body: String(form.get("body") ?? "").slice(0, MESSAGE_MAX_LENGTH * 4),
  locale: String(form.get("templateLocale") ?? "").slice(0, 5),
});

export const updateTemplateAction = staffAction({
  access: "inquiry.message",
  page: savedRepliesPath,
  // Bounded here so that the form can give back what was typed; the service checks the rules.
  schema: z.object({ id: z.string().max(40), title: z.string().max(400), body: z.string().max(MESSAGE_MAX_LENGTH * 4), locale: z.string().max(5) }),
  read: (form) => ({ id: form.get("id") ?? "", ...typed(form) }),
  fail: (code, { form }): TemplateEditState => ({ values: typed(form), error: code === "notAllowed" ? "notAllowed" : "invalid", submission: Date.now() }),
  malformed: { values: { title: "", body: "", locale: "" }, submission: 0 } as TemplateEditState,
  run: async (input, { staff }): Promise<TemplateEditState> => {
    const values = { title: input.title, body: input.body, locale: input.locale };
    const result = await updateTemplate(staff, input.id, { title: input.title, body: input.body, locale: input.locale as Locale });
    return result === "ok" ? { values: { ...values, title: values.title.trim(), body: values.body.trim() }, saved: true, submission: Date.now() } : { values, error: result, submission: Date.now() };
  },
});

export const deleteTemplateAction = staffAction({
  access: "inquiry.message",
  page: savedRepliesPath,
  schema: z.object({ id: z.string().max(40) }),
  read: (form) => ({ id: form.get("id") ?? "" }),
  fail: (code, { locale }) => redirect(`${savedRepliesPath(locale)}?result=${code === "notAllowed" ? "notAllowed" : "notFound"}#result`),
  malformed: undefined,
  run: async ({ id }, { staff, locale }) => {
    const result = await deleteTemplate(staff, id);
    redirect(`${savedRepliesPath(locale)}?result=${result === "ok" ? "deleted" : result}#result`);
  },
});
