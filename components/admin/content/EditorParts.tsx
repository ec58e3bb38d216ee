// Building blocks of the content editor: translated fields side by side (de | ja | en),
// plain fields, the error summary naming field and language, the result banner and the
// version history with restore. Plain server-rendered forms: they work without JavaScript.
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ResultBanner, STAFF_CONTROL } from "@/components/admin/kit";
import { restoreContentAction } from "@/lib/content/actions";
import { fieldId, fieldName } from "@/lib/content/form";
import type { ContentIssue, ContentKind } from "@/lib/content/schemas";
import type { Version } from "@/lib/content/versions";
import { zoneCity } from "@/lib/events/format";
import { formatWallDay } from "@/lib/events/zoned-time";
import { localeTags, locales, type Locale } from "@/lib/i18n/routing";

const errorId = (field: string, locale?: Locale) => `${fieldId(field, locale)}-error`;

type ContentT = Awaited<ReturnType<typeof getTranslations<"contentAdmin">>>;

/** A field's label; the key figures' fields are numbered ("figure2Value": "Kennzahl 3: Wert"). */
function fieldLabel(t: ContentT, field: string): string {
  const figure = /^figure(\d)(Value|Label|Year)$/.exec(field);
  if (figure) return t(`fields.figure${figure[2] as "Value" | "Label" | "Year"}`, { number: Number(figure[1]) + 1 });
  const key = `fields.${field}` as "fields.name";
  return t.has(key) ? t(key) : field;
}

/** Issues as sentences, in the reader's language: "Japanisch: Kurzbeschreibung fehlt". */
export async function issueText(issue: ContentIssue): Promise<string> {
  const t = await getTranslations("contentAdmin");
  const tLanguages = await getTranslations("contentAdmin.languageNames");
  const field = fieldLabel(t, issue.field);
  const language = issue.locale ? tLanguages(issue.locale) : "";
  if (issue.problem === "missing") return issue.locale ? t("issue.missing", { language, field }) : t("issue.missingPlain", { field });
  if (issue.problem === "withdraw") return t("issue.withdraw", { field, count: issue.count ?? 0 });
  if (issue.problem === "gap" || issue.problem === "repeat") {
    const locale = (await getLocale()) as Locale;
    return t(`issue.${issue.problem}`, { field, zone: t(`zoneCity.${zoneCity(issue.zone ?? "")}`), date: formatWallDay(localeTags[locale], issue.wallTime ?? "") });
  }
  return t(`issue.${issue.problem}`, { language, field });
}

export async function ErrorSummary({ issues }: { issues: ContentIssue[] }) {
  if (!issues.length) return null;
  const t = await getTranslations("contentAdmin");
  const texts = await Promise.all(issues.map(issueText));
  return (
    <div id="result" role="alert" tabIndex={-1} className="mt-4 rounded-md border-2 border-accent p-3">
      <h2 className="font-bold">{t("editor.errorsHeading")}</h2>
      <p>{t("result.blocked")}</p>
      <ul className="mt-2 list-disc ps-6">
        {issues.map((issue, i) => (
          <li key={i}>
            <a href={`#${fieldId(issue.field, issue.locale)}`}>{texts[i]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function EditorResult({ result, from }: { result: string | undefined; from?: number }) {
  const t = await getTranslations("contentAdmin.result");
  switch (result) {
    case "saved":
    case "published":
    case "submitted":
    case "approved":
    case "created":
      return <ResultBanner ok>{t(result)}</ResultBanner>;
    case "restored":
      return <ResultBanner ok>{t("restored", { number: from ?? 0 })}</ResultBanner>;
    case "invalid":
      return <ResultBanner ok={false}>{t("invalid")}</ResultBanner>;
    default:
      return null;
  }
}

type FieldProps = { field: string; issues: ContentIssue[]; multiline?: "short" | "long"; hint?: ReactNode; maxLength: number };

/** One field in the three languages, side by side (stacked on narrow screens). */
export async function TranslatedField({ field, values, issues, multiline, hint, maxLength }: FieldProps & { values: Record<Locale, string> }) {
  const t = await getTranslations("contentAdmin");
  const tLanguages = await getTranslations("contentAdmin.languageNames");
  const label = fieldLabel(t, field);
  const hintId = hint ? `${fieldId(field)}-hint` : undefined;
  const texts = await Promise.all(issues.map(issueText));
  return (
    <fieldset className="mt-6">
      <legend className="text-lg font-semibold">{label}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="mt-2 grid gap-4 md:grid-cols-3">
        {locales.map((locale) => {
          const id = fieldId(field, locale);
          const issueIndex = issues.findIndex((i) => i.field === field && i.locale === locale);
          const error = issueIndex >= 0 ? texts[issueIndex] : undefined;
          const describedBy = [hintId, error ? errorId(field, locale) : undefined].filter(Boolean).join(" ") || undefined;
          const common = { id, name: fieldName(field, locale), lang: locale, defaultValue: values[locale], maxLength, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
          return (
            <div key={locale}>
              <label htmlFor={id} className="font-semibold">
                {t("inLanguage", { field: label, language: tLanguages(locale) })}
              </label>
              {multiline ? <textarea {...common} rows={multiline === "long" ? 8 : 4} className={STAFF_CONTROL} /> : <input type="text" {...common} className={STAFF_CONTROL} />}
              {error && (
                <p id={errorId(field, locale)} className="mt-1 font-semibold text-accent">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A field that is the same in every language (an address, a phone number). */
export async function PlainField({ field, value, issues, type = "text", maxLength, hint }: Omit<FieldProps, "multiline"> & { value: string; type?: "text" | "email" | "tel" | "url" | "datetime-local" | "number" }) {
  const t = await getTranslations("contentAdmin");
  const id = fieldId(field);
  const issueIndex = issues.findIndex((i) => i.field === field && !i.locale);
  const error = issueIndex >= 0 ? await issueText(issues[issueIndex]!) : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, error ? errorId(field) : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {fieldLabel(t, field)}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input id={id} name={fieldName(field)} type={type} defaultValue={value} maxLength={maxLength} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={STAFF_CONTROL} />
      {error && (
        <p id={errorId(field)} className="mt-1 font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

/** Checkboxes for codes of a catalogue (sectors, services), labelled in the reader's language. */
export async function CodeChoice({ field, options, chosen, issues }: { field: string; options: { value: string; label: string }[]; chosen: string[]; issues: ContentIssue[] }) {
  const t = await getTranslations("contentAdmin");
  const issue = issues.find((i) => i.field === field);
  const error = issue ? await issueText(issue) : undefined;
  return (
    <fieldset className="mt-4" aria-describedby={error ? errorId(field) : undefined}>
      <legend id={fieldId(field)} tabIndex={-1} className="font-semibold">
        {t(`fields.${field}` as "fields.name")}
      </legend>
      {error && (
        <p id={errorId(field)} className="mt-1 font-semibold text-accent">
          {error}
        </p>
      )}
      <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="checkbox" name={field} value={o.value} defaultChecked={chosen.includes(o.value)} className="mt-1" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export async function VersionHistory({ locale, kind, entityKey, versions, mayRestore }: { locale: Locale; kind: ContentKind; entityKey: string; versions: Version[]; mayRestore: boolean }) {
  const t = await getTranslations("contentAdmin.history");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })}</time> : "–");
  return (
    <section aria-labelledby="history-heading" className="mt-12">
      <h2 id="history-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-start">
          <thead>
            <tr className="border-b border-line text-start">
              <th scope="col" className="p-2 text-start">{t("number")}</th>
              <th scope="col" className="p-2 text-start">{t("state")}</th>
              <th scope="col" className="p-2 text-start">{t("by")}</th>
              <th scope="col" className="p-2 text-start">{t("when")}</th>
              <th scope="col" className="p-2 text-start">{t("published")}</th>
              <th scope="col" className="p-2 text-start">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.number} className="border-b border-line" data-testid="content-version">
                <th scope="row" className="p-2 text-start">
                  {v.number}
                  {v.restoredFrom !== null && <span className="block text-sm font-normal text-muted">{t("restoredFrom", { number: v.restoredFrom })}</span>}
                </th>
                <td className="p-2">{t(`states.${v.state}`)}</td>
                <td className="p-2">{v.createdByLabel || t("seed")}</td>
                <td className="p-2">{when(v.createdAt)}</td>
                <td className="p-2">
                  {when(v.publishedAt)}
                  {v.publishedByLabel ? ` · ${v.publishedByLabel}` : ""}
                </td>
                <td className="p-2">
                  {mayRestore && i > 0 && (
                    <form action={restoreContentAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="key" value={entityKey} />
                      <input type="hidden" name="number" value={v.number} />
                      <button type="submit" className="button-secondary cursor-pointer !py-1 text-sm">
                        {t("restore", { number: v.number })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
