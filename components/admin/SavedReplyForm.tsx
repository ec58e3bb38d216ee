"use client";
// One saved reply on the management page: edit its title, language and text. Works
// without JavaScript; a refused edit comes back with everything typed.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { updateTemplateAction, type TemplateEditState } from "@/lib/conversation/template-actions";

type Props = {
  locale: string;
  template: { id: string; title: string; body: string; locale: string };
  languages: { value: string; label: string }[];
  maxLength: number;
};

export function SavedReplyForm({ locale, template, languages, maxLength }: Props) {
  const t = useTranslations("conversation.savedReplies");
  const initial: TemplateEditState = { values: { title: template.title, body: template.body, locale: template.locale }, submission: 0 };
  const [state, action, pending] = useActionState(updateTemplateAction, initial);
  const id = (field: string) => `reply-${template.id}-${field}`;
  const invalid = state.error === "invalid";
  return (
    <form key={state.submission} action={action} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={template.id} />
      {state.error && <FormErrorAlert title={t("errorTitle")} message={t(`errors.${state.error}`, { max: maxLength })} />}
      {state.saved && (
        <p role="status" className="rounded-md border-2 border-ok p-2">
          {t("saved")}
        </p>
      )}
      <div>
        <label htmlFor={id("title")} className="block font-semibold">
          {t("title")}
        </label>
        <input id={id("title")} name="title" maxLength={100} defaultValue={state.values.title} aria-invalid={invalid || undefined} className={STAFF_CONTROL} />
      </div>
      <div className="max-w-xs">
        <label htmlFor={id("language")} className="block font-semibold">
          {t("language")}
        </label>
        <select id={id("language")} name="templateLocale" defaultValue={state.values.locale} className={STAFF_CONTROL}>
          {languages.map((l) => (
            <option key={l.value} value={l.value} lang={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id("body")} className="block font-semibold">
          {t("body")}
        </label>
        <p id={id("hint")} className="text-sm text-muted">
          {t("bodyHint", { max: maxLength })}
        </p>
        <textarea
          id={id("body")}
          name="body"
          lang={state.values.locale}
          rows={6}
          maxLength={maxLength}
          defaultValue={state.values.body}
          aria-describedby={id("hint")}
          aria-invalid={invalid || undefined}
          className={STAFF_CONTROL}
        />
      </div>
      <button type="submit" className="button-primary cursor-pointer !py-1.5" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
