"use client";
// Status look-up by reference number and e-mail address; works without JavaScript.
// The answer stands above the form, so that a phone shows it without scrolling,
// and takes focus when it arrives (as the error summary does).
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { lookUpStatus } from "@/lib/inquiries/actions";
import type { Locale } from "@/lib/i18n/routing";
import type { StatusState } from "@/lib/inquiries/form-state";
import { milestoneDate, milestoneText, stageSentence, type MilestoneKind, type PublicStage, type StatusTranslate } from "@/lib/inquiries/public-status";
import { ErrorSummary, type SummaryItem } from "./ErrorSummary";
import { TextField } from "./fields";

export function StatusForm({ locale }: { locale: Locale }) {
  const t = useTranslations("inquiryStatus");
  const prefix = useTranslations("inquiryErrors")("prefix");
  const translate = t as unknown as StatusTranslate;
  const colon = locale === "ja" ? "：" : ": ";
  const initial: StatusState = { values: { reference: "", email: "" }, errors: {}, submission: 0 };
  const [state, formAction] = useActionState(lookUpStatus, initial);
  const items: SummaryItem[] = [
    ...(state.rateLimitedMinutes ? [{ message: t("errors.rateLimited", { minutes: state.rateLimitedMinutes }) }] : []),
    ...(state.errors.reference ? [{ field: "reference", message: t("errors.reference") }] : []),
    ...(state.errors.email ? [{ field: "email", message: t("errors.email") }] : []),
  ];
  const result = state.result;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.result) resultRef.current?.focus();
  }, [state.submission, state.result]);

  return (
    <>
      <ErrorSummary items={items} focusKey={state.submission} />
      <div ref={resultRef} tabIndex={-1} aria-live="polite" data-testid="status-result" className={`${result ? "mt-6" : ""} focus:outline-none focus-visible:outline-focus`}>
        {result?.found === true && (
          <section aria-labelledby="status-result" className="rounded-lg border border-line bg-mist p-5">
            <h2 id="status-result" className="text-xl font-semibold">
              {t("resultHeading", { reference: result.reference })}
            </h2>
            <p className="mt-1 text-muted">{t("submittedOn", { date: milestoneDate(result.submittedAt, locale) })}</p>
            <p className="mt-3 text-lg" data-testid="status-stage">
              {stageSentence(translate, { stage: result.stage as PublicStage, handledBy: result.handledBy }, locale)}
            </p>
            <h3 className="mt-5 font-semibold">{t("stepsHeading")}</h3>
            <ol className="mt-2 space-y-1" data-testid="status-steps">
              {result.milestones.map((m, i) => (
                <li key={i}>
                  {/* The line as the applicant's mails write it (milestoneLine); the date marked up for machines. */}
                  <time dateTime={m.at} className="font-semibold">
                    {milestoneDate(m.at, locale)}
                  </time>
                  {colon}
                  {milestoneText(translate, { kind: m.kind as MilestoneKind, names: m.names }, locale)}
                </li>
              ))}
            </ol>
            <h3 className="mt-5 font-semibold">{t("contactHeading", { count: result.contacts.length })}</h3>
            <ul className="mt-2 space-y-3" data-testid="status-contacts">
              {result.contacts.map((c) => (
                <li key={c.name}>
                  <span className="block font-semibold">{c.name}</span>
                  {c.email && (
                    <span className="block">
                      {t("contactEmail")}
                      {colon}
                      <a href={`mailto:${c.email}`} className="break-all underline">
                        {c.email}
                      </a>
                    </span>
                  )}
                  {c.phone && (
                    <span className="block">
                      {t("contactPhone")}
                      {colon}
                      <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`} className="underline">
                        {c.phone}
                      </a>
                    </span>
                  )}
                  {c.website && (
                    <a href={c.website} className="block break-all underline">
                      {c.website}
                    </a>
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-5">
              <a href={result.conversationPath} className="button-primary inline-block" data-testid="status-conversation">
                {t("conversationLink")}
              </a>
            </p>
            <p className="mt-2 text-sm text-muted">{t("conversationHint")}</p>
          </section>
        )}
        {result?.found === false && <p className="rounded-lg border border-line bg-mist p-5">{t("notFound")}</p>}
      </div>
      <form key={state.submission} action={formAction} noValidate className="mt-4 max-w-xl">
        <input type="hidden" name="locale" value={locale} />
        <TextField name="reference" label={t("reference.label")} hint={t("reference.hint")} value={state.values.reference} error={state.errors.reference ? t("errors.reference") : undefined} errorPrefix={prefix} width="w-full sm:w-72" autoComplete="off" />
        <TextField name="email" type="email" label={t("email.label")} value={state.values.email} error={state.errors.email ? t("errors.email") : undefined} errorPrefix={prefix} autoComplete="email" />
        <button type="submit" className="button-primary mt-8 cursor-pointer">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
