"use server";
// The conversation's staff Server Actions, through the one staff wrapper: the compose
// form (preview, insert a saved reply, save one, send) and "mark the reply as read".
// The compose form keeps what was typed in every answer that is not a sent message.
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { markReplyRead, MESSAGE_MAX_LENGTH, previewMessage, sendMessage } from "./messages.ts";
import { saveTemplate, templateOf } from "./templates.ts";

export type ComposeState = {
  body: string;
  title?: string;
  preview?: { subject: string; text: string; to: string };
  error?: "invalid" | "templateTitle" | "notAllowed" | "notFound";
  saved?: boolean;
};

const reference = z.string().regex(REFERENCE_PATTERN);
const composeInput = z.object({
  reference,
  intent: z.enum(["send", "preview", "insert", "saveTemplate"]),
  // Refused by the service when too long; here only bounded, so that the form can give it back.
  body: z.string().max(MESSAGE_MAX_LENGTH * 4),
  templateId: z.string().max(40).optional(),
  title: z.string().max(400).optional(),
  templateLocale: z.enum(locales).optional(),
});

const detailPath = (locale: Locale, ref: string) => `/${locale}/admin/inquiries/${REFERENCE_PATTERN.test(ref) ? ref : ""}`;
const typed = (form: FormData): ComposeState => ({ body: String(form.get("body") ?? "").slice(0, MESSAGE_MAX_LENGTH * 4), title: String(form.get("title") ?? "").slice(0, 400) });

export const composeAction = staffAction({
  access: "inquiry.message",
  page: (locale, form) => detailPath(locale, String(form.get("reference") ?? "")),
  schema: composeInput,
  read: (form) => ({
    reference: form.get("reference"),
    intent: form.get("intent"),
    body: form.get("body") ?? "",
    templateId: form.get("templateId") || undefined,
    title: form.get("title") ?? undefined,
    templateLocale: form.get("templateLocale") || undefined,
  }),
  fail: (code, { form }): ComposeState => ({ ...typed(form), error: code === "notAllowed" || code === "notFound" ? code : "invalid" }),
  malformed: { body: "" } as ComposeState,
  run: async (input, { staff, locale }): Promise<ComposeState> => {
    const kept: ComposeState = { body: input.body, title: input.title };
    switch (input.intent) {
      case "insert": {
        const template = input.templateId ? await templateOf(staff, input.templateId) : null;
        if (!template) return kept;
        return { ...kept, body: input.body.trim() ? `${input.body.trimEnd()}\n\n${template.body}` : template.body };
      }
      case "saveTemplate": {
        const ok = await saveTemplate(staff, { locale: input.templateLocale ?? locale, title: input.title ?? "", body: input.body });
        return ok ? { ...kept, title: "", saved: true } : { ...kept, error: "templateTitle" };
      }
      case "preview": {
        const body = input.body.trim();
        if (!body || body.length > MESSAGE_MAX_LENGTH) return { ...kept, error: "invalid" };
        const preview = await previewMessage(staff, { reference: input.reference, body });
        return preview.ok ? { ...kept, preview: { subject: preview.subject, text: preview.text, to: preview.to } } : { ...kept, error: preview.error };
      }
      case "send": {
        const result = await sendMessage(staff, { reference: input.reference, body: input.body });
        if (!result.ok) return { ...kept, error: result.error };
        redirect(`${detailPath(locale, input.reference)}?message=sent#conversation`);
      }
    }
  },
});

export const markReplyReadAction = staffAction({
  access: "inquiry.message",
  page: (locale, form) => detailPath(locale, String(form.get("reference") ?? "")),
  schema: z.object({ reference }),
  read: (form) => ({ reference: form.get("reference") }),
  fail: (_code, { locale, form }) => redirect(detailPath(locale, String(form.get("reference") ?? ""))),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    await markReplyRead(staff, input.reference);
    redirect(`${detailPath(locale, input.reference)}#conversation`);
  },
});
