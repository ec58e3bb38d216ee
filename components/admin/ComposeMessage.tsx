"use client";
// The compose form on the case page. One Server Action answers all four buttons:
// preview, insert a saved reply, save as saved reply, send. Works without
// JavaScript; whatever was typed comes back in every answer but a sent message.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { composeAction, type ComposeState } from "@/lib/conversation/actions";

type Props = {
  locale: string;
  reference: string;
  replyLocale: string;
  replyLanguage: string;
  maxLength: number;
  templates: { id: string; title: string }[];
  /** The language the staff member writes in by default (their reading language), and every language with its name. */
  writeLocale: string;
  languages: { locale: string; name: string }[];
  /** The configured translation engine, or null (the sender writes the translation). */
  engine: string | null;
};

export function ComposeMessage({ locale, reference, replyLocale, replyLanguage, maxLength, templates, writeLocale: preferred, languages, engine }: Props) {
  const t = useTranslations("conversation.staff");
  const [state, action, pending] = useActionState<ComposeState, FormData>(composeAction, { body: "" });
  // The textarea is controlled so that an inserted saved reply replaces what is shown.
  const [body, setBody] = useState(state.body);
  const [shown, setShown] = useState(state);
  if (shown !== state) {
    setShown(state);
    setBody(state.body);
  }
  const invalid = state.error === "invalid";
  const writeLocale = state.writeLocale ?? preferred;
  // Written in another language than the applicant's: the translation is reviewed and sent (without JavaScript the server's answer decides).
  const [writing, setWriting] = useState(writeLocale);
  const [shownWrite, setShownWrite] = useState(writeLocale);
  if (shownWrite !== writeLocale) {
    setShownWrite(writeLocale);
    setWriting(writeLocale);
  }
  // React resets the form after each answer: a controlled <select> falls back to its first
  // option (the DOM then disagrees with the state, and "send" after "translate" went out
  // untranslated). An uncontrolled select, new per answer with the chosen language as its
  // default, survives the reset.
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  const translating = writing !== replyLocale;
  return (
    <form action={action} className="mt-4 rounded-md border border-line p-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="templateLocale" value={replyLocale} />
      <input type="hidden" name="replyLocale" value={replyLocale} />
      {state.draftEngine && <input type="hidden" name="draftEngine" value={state.draftEngine} />}
      <h3 className="font-semibold">{t("compose")}</h3>
      <p className="mt-1 text-sm">{t("replyLanguage", { language: replyLanguage })}</p>
      {state.error && (
        <div className="mt-3">
          <FormErrorAlert title={t("errorTitle")} message={t(`errors.${state.error}`, { max: maxLength })} />
        </div>
      )}
      {state.saved && (
        <p role="status" className="mt-3 rounded-md border-2 border-ok p-2">
          {t("templateSaved")}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow">
          <label htmlFor="compose-template" className="block text-sm font-semibold">
            {t("template")}
          </label>
          <select id="compose-template" name="templateId" className={STAFF_CONTROL} disabled={templates.length === 0}>
            {templates.length === 0 && <option value="">{t("templateNone")}</option>}
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="insert" className="button-secondary cursor-pointer !py-1.5" disabled={templates.length === 0 || pending}>
          {t("insertTemplate")}
        </button>
      </div>
      <div className="mt-3">
        <label htmlFor="compose-write-locale" className="block text-sm font-semibold">
          {t("writeLanguage")}
        </label>
        <select key={answers.count} id="compose-write-locale" name="writeLocale" defaultValue={writing} onChange={(e) => setWriting(e.target.value)} className={`${STAFF_CONTROL} max-w-xs`}>
          {languages.map((l) => (
            <option key={l.locale} value={l.locale}>
              {l.name}
            </option>
          ))}
        </select>
        {translating && <p className="mt-1 text-sm">{t("writeHint")}</p>}
      </div>
      <label htmlFor="compose-body" className="mt-3 block font-semibold">
        {t("bodyLabel")}
      </label>
      <p id="compose-body-hint" className="text-sm text-muted">
        {t("bodyHint", { max: maxLength })}
      </p>
      <textarea
        id="compose-body"
        name="body"
        lang={writing}
        rows={8}
        maxLength={maxLength}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-describedby="compose-body-hint"
        aria-invalid={invalid || undefined}
        className={STAFF_CONTROL}
      />
      {engine && (
        // Shown also when the languages agree: without JavaScript, choosing a language changes nothing until the server answers.
        <button type="submit" name="intent" value="translate" className="button-secondary mt-2 cursor-pointer !py-1.5" disabled={pending}>
          {t("translate")}
        </button>
      )}
      {translating && (
        <div className="mt-3 rounded-md bg-mist p-3">
          <label htmlFor="compose-translation" className="block font-semibold">
            {t("translationLabel", { language: replyLanguage })}
          </label>
          <p id="compose-translation-hint" className="text-sm text-muted">
            {state.draftEngine ? t("machineDraft", { engine: state.draftEngine }) : engine ? t("translationHint") : t("translationNoEngine")}
          </p>
          <textarea
            id="compose-translation"
            name="translation"
            lang={replyLocale}
            rows={8}
            maxLength={maxLength}
            defaultValue={state.translation ?? ""}
            key={state.translation ?? ""}
            aria-describedby="compose-translation-hint"
            aria-invalid={state.error === "translationMissing" || undefined}
            className={STAFF_CONTROL}
          />
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="includeOriginal" defaultChecked={state.includeOriginal} className="mt-1 h-4 w-4" />
            <span>{t("includeOriginal")}</span>
          </label>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" name="intent" value="send" className="button-primary cursor-pointer !py-1.5" disabled={pending}>
          {t("send")}
        </button>
        <button type="submit" name="intent" value="preview" className="button-secondary cursor-pointer !py-1.5" disabled={pending}>
          {t("preview")}
        </button>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold">{t("saveTemplate")}</summary>
        <label htmlFor="compose-title" className="mt-2 block text-sm font-semibold">
          {t("templateTitle")}
        </label>
        <input id="compose-title" name="title" maxLength={100} defaultValue={state.title} aria-invalid={state.error === "templateTitle" || undefined} className={STAFF_CONTROL} />
        <button type="submit" name="intent" value="saveTemplate" className="button-secondary mt-2 cursor-pointer !py-1.5" disabled={pending}>
          {t("saveTemplate")}
        </button>
      </details>
      {state.preview && (
        <section aria-labelledby="compose-preview-heading" className="mt-4 rounded-md bg-mist p-3">
          <h3 id="compose-preview-heading" className="font-semibold">
            {t("previewHeading")}
          </h3>
          <p className="mt-1 text-sm wrap-anywhere">{t("previewTo", { address: state.preview.to })}</p>
          <p className="text-sm font-semibold wrap-anywhere">{t("previewSubject", { subject: state.preview.subject })}</p>
          <pre lang={replyLocale} className="mt-2 font-sans whitespace-pre-wrap wrap-anywhere">{state.preview.text}</pre>
        </section>
      )}
    </form>
  );
}
