// The fields of an information event (lib/content/event-schema.ts): texts in de/ja/en side
// by side, format, online link, the times in the zone the editor chooses (shown in both
// zones once saved), host and whether the public sees it (the registration deadline is the host's, decision 0029).
import { getTranslations } from "next-intl/server";
import { issueText, PlainField, TranslatedField } from "@/components/admin/content/EditorParts";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { EVENT_FORMATS, eventInstants, type EventPayload } from "@/lib/content/event-schema";
import { fieldId } from "@/lib/content/form";
import { LONG, SHORT, type ContentIssue } from "@/lib/content/schemas";
import { EVENT_ZONES, formatEventRange } from "@/lib/events/format";
import { locales, type Locale } from "@/lib/i18n/routing";

const byLocale = (p: EventPayload, pick: (text: EventPayload["texts"]["de"]) => string) => Object.fromEntries(locales.map((l) => [l, pick(p.texts[l])])) as Record<Locale, string>;

/**
 * Withdrawing an event tells its registrants: how many, in a sentence, and the box that
 * confirms it (publishing with `listed` off is refused without it). Works without JavaScript.
 */
export async function WithdrawalConfirmation({ audience, issues, inApproval = false }: { audience: number; issues: ContentIssue[]; inApproval?: boolean }) {
  if (audience <= 0) return null;
  const t = await getTranslations("contentAdmin");
  const issue = issues.find((i) => i.field === "confirmWithdrawal");
  const error = issue ? await issueText(issue) : undefined;
  const id = `${fieldId("confirmWithdrawal")}${inApproval ? "-approval" : ""}`;
  return (
    <div className="mt-3 rounded-md border-2 border-accent p-3" data-testid="withdrawal-confirmation">
      <p id={`${id}-hint`}>{t("editor.withdrawal.notice", { count: audience })}</p>
      {error && (
        <p id={`${id}-error`} className="mt-1 font-semibold text-accent">
          {error}
        </p>
      )}
      <label className="mt-2 flex items-start gap-2">
        <input type="checkbox" id={id} name="confirmWithdrawal" value="yes" className="mt-1" aria-invalid={error ? true : undefined} aria-describedby={[`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(" ")} />
        <span className="font-semibold">{t("editor.withdrawal.confirm", { count: audience })}</span>
      </label>
    </div>
  );
}

export async function EventFields({ payload: p, issues, locale, hosts, audience }: { payload: EventPayload; issues: ContentIssue[]; locale: Locale; hosts: { slug: string; name: string }[]; audience: number }) {
  const t = await getTranslations("contentAdmin");
  const tEvents = await getTranslations("events");
  const { startsAt, endsAt } = eventInstants(p);
  return (
    <>
      <h2 className="mt-6 text-2xl font-bold">{t("editor.texts")}</h2>
      <TranslatedField field="title" values={byLocale(p, (x) => x.title)} issues={issues} maxLength={SHORT} />
      <TranslatedField field="summary" values={byLocale(p, (x) => x.summary)} issues={issues} multiline="long" maxLength={LONG} hint={t("editor.format")} />
      <TranslatedField field="location" values={byLocale(p, (x) => x.location)} issues={issues} maxLength={SHORT} hint={t("editor.locationHint")} />

      <h2 className="mt-10 text-2xl font-bold">{t("editor.eventDetails")}</h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={fieldId("format")} className="font-semibold">
            {t("fields.format")}
          </label>
          <select id={fieldId("format")} name="format" defaultValue={p.format} className={STAFF_CONTROL}>
            {EVENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {tEvents(`format.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <PlainField field="onlineUrl" type="url" value={p.onlineUrl} issues={issues} maxLength={500} hint={t("editor.onlineUrlHint")} />
        <div>
          <label htmlFor={fieldId("hostSlug")} className="font-semibold">
            {t("fields.hostSlug")}
          </label>
          <select id={fieldId("hostSlug")} name="hostSlug" defaultValue={p.hostSlug} className={STAFF_CONTROL}>
            {hosts.map((h) => (
              <option key={h.slug} value={h.slug}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <h2 className="mt-10 text-2xl font-bold">{t("editor.times")}</h2>
      <fieldset className="mt-4">
        <legend className="font-semibold">{t("fields.zone")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {EVENT_ZONES.map(({ zone, key }) => (
            <label key={zone} className="flex items-center gap-2">
              <input type="radio" name="zone" value={zone} defaultChecked={p.zone === zone} />
              <span>{tEvents(key)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <PlainField field="startsAt" type="datetime-local" value={p.startsAt} issues={issues} maxLength={16} />
        <PlainField field="endsAt" type="datetime-local" value={p.endsAt} issues={issues} maxLength={16} />
      </div>
      {startsAt && endsAt && endsAt > startsAt && (
        <div className="mt-4 rounded-md bg-mist p-3" data-testid="event-times">
          <p className="font-semibold">{t("editor.timesSaved")}</p>
          <dl className="mt-1 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            {EVENT_ZONES.map(({ zone, key }) => (
              <div key={zone} className="contents">
                <dt className="font-semibold">{tEvents(key)}</dt>
                <dd>{formatEventRange(locale, zone, startsAt, endsAt)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      <div className="mt-8">
        <label className="flex items-start gap-2">
          <input type="checkbox" id={fieldId("listed")} name="listed" defaultChecked={p.listed} className="mt-1" aria-describedby="listed-hint" />
          <span className="font-semibold">{t("fields.listed")}</span>
        </label>
        <p id="listed-hint" className="text-sm text-muted">
          {t("editor.listedHint")}
        </p>
        <WithdrawalConfirmation audience={audience} issues={issues} />
      </div>
    </>
  );
}
