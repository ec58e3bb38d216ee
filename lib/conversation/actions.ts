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
import { draftTranslation } from "../translation/compose.ts";

export type ComposeState = {
  body: string;
  title?: string;
  preview?: { subject: string; text: string; to: string };
  error?: "invalid" | "templateTitle" | "notAllowed" | "notFound" | "translationMissing" | "engineUnavailable";
  saved?: boolean;
  /** The language the staff member writes in; when it is not the applicant's, `translation` is what is sent. */
  writeLocale?: Locale;
  translation?: string;
  /** The engine that drafted `translation`, if one did. */
  draftEngine?: string;
  includeOriginal?: boolean;
};

const reference = z.string().regex(REFERENCE_PATTERN);
const composeInput = z.object({
  reference,
  intent: z.enum(["send", "preview", "insert", "saveTemplate", "translate"]),
  // Refused by the service when too long; here only bounded, so that the form can give it back.
  body: z.string().max(MESSAGE_MAX_LENGTH * 4),
  templateId: z.string().max(40).optional(),
  title: z.string().max(400).optional(),
  templateLocale: z.enum(locales).optional(),
  writeLocale: z.enum(locales).optional(),
  replyLocale: z.enum(locales).optional(),
  translation: z.string().max(MESSAGE_MAX_LENGTH * 4).optional(),
  draftEngine: z.enum(["LibreTranslate", "DeepL"]).optional(),
  includeOriginal: z.boolean(),
});

const detailPath = (locale: Locale, ref: string) => `/${locale}/admin/inquiries/${REFERENCE_PATTERN.test(ref) ? ref : ""}`;
const typed = (form: FormData): ComposeState => {
  const writeLocale = form.get("writeLocale");
  return {
    body: String(form.get("body") ?? "").slice(0, MESSAGE_MAX_LENGTH * 4),
    title: String(form.get("title") ?? "").slice(0, 400),
    translation: String(form.get("translation") ?? "").slice(0, MESSAGE_MAX_LENGTH * 4),
    writeLocale: (locales as readonly unknown[]).includes(writeLocale) ? (writeLocale as Locale) : undefined,
    includeOriginal: form.get("includeOriginal") === "on",
  };
};

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
    writeLocale: form.get("writeLocale") || undefined,
    replyLocale: form.get("replyLocale") || undefined,
    translation: form.get("translation") ?? undefined,
    draftEngine: form.get("draftEngine") || undefined,
    includeOriginal: form.get("includeOriginal") === "on",
  }),
  fail: (code, { form }): ComposeState => ({ ...typed(form), error: code === "notAllowed" || code === "notFound" ? code : "invalid" }),
  malformed: { body: "" } as ComposeState,
  run: async (input, { staff, locale }): Promise<ComposeState> => {
    const kept: ComposeState = { body: input.body, title: input.title, writeLocale: input.writeLocale, translation: input.translation, draftEngine: input.draftEngine, includeOriginal: input.includeOriginal };
    // Written in another language than the applicant's: what is sent is the reviewed translation, the text typed is its original.
    const translating = Boolean(input.writeLocale && input.replyLocale && input.writeLocale !== input.replyLocale);
    const original = translating ? { locale: input.writeLocale!, body: input.body.trim(), engine: input.draftEngine ?? null, includeInMail: input.includeOriginal } : undefined;
    const outgoing = translating ? (input.translation ?? "").trim() : input.body.trim();
    switch (input.intent) {
      case "translate": {
        const body = input.body.trim();
        if (!body || body.length > MESSAGE_MAX_LENGTH || !input.writeLocale) return { ...kept, error: "invalid" };
        // Written in the applicant's language already: nothing to translate.
        if (!translating) return kept;
        const draft = await draftTranslation(staff, { reference: input.reference, body, from: input.writeLocale });
        if (!draft.ok) return { ...kept, error: draft.error === "notFound" ? "notFound" : "engineUnavailable" };
        return { ...kept, translation: draft.text, draftEngine: draft.engine };
      }
      case "insert": {
        const template = input.templateId ? await templateOf(staff, input.templateId) : null;
        if (!template) return kept;
        return { ...kept, body: input.body.trim() ? `${input.body.trimEnd()}\n\n${template.body}` : template.body };
      }
      case "saveTemplate": {
        // A saved reply is kept in the language it is written in.
        const ok = await saveTemplate(staff, { locale: input.writeLocale ?? input.templateLocale ?? locale, title: input.title ?? "", body: input.body });
        return ok ? { ...kept, title: "", saved: true } : { ...kept, error: "templateTitle" };
      }
      case "preview": {
        const body = input.body.trim();
        if (!body || body.length > MESSAGE_MAX_LENGTH) return { ...kept, error: "invalid" };
        if (translating && !outgoing) return { ...kept, error: "translationMissing" };
        if (outgoing.length > MESSAGE_MAX_LENGTH) return { ...kept, error: "invalid" };
        const preview = await previewMessage(staff, { reference: input.reference, body: outgoing, original });
        return preview.ok ? { ...kept, preview: { subject: preview.subject, text: preview.text, to: preview.to } } : { ...kept, error: preview.error };
      }
      case "send": {
        if (translating && !outgoing) return { ...kept, error: "translationMissing" };
        if (original && original.body.length > MESSAGE_MAX_LENGTH) return { ...kept, error: "invalid" };
        const result = await sendMessage(staff, { reference: input.reference, body: outgoing, original });
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
