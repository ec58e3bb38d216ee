import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { currentDraft } from "@/lib/inquiries/draft-cookie";
import { checkPageError, journeyPath } from "@/lib/inquiries/form-state";
import { municipalityNames } from "@/lib/inquiries/municipality-names";
import { Journey } from "@/lib/inquiries/journey";
import { parseInquiry } from "@/lib/inquiries/schema";
import type { Translate } from "@/lib/i18n/translator";
import { summariseAnswers } from "@/lib/inquiries/summary";
import { CheckForm } from "./CheckForm";
import { JourneyHeader } from "./JourneyHeader";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/** Step 5: every answer with a link back to its question; the form that sends the inquiry. */
export async function CheckAnswers({ locale, searchParams }: { locale: Locale; searchParams: Record<string, string | string[] | undefined> }) {
  const draft = await currentDraft();
  if (draft?.submitted) redirect(`/${locale}${journeyPath("confirmation")}`);
  const answers = draft?.data.answers ?? {};
  const journey = new Journey(answers);
  const parsed = parseInquiry(Object.assign({}, ...Object.values(answers)));
  if (!draft || !journey.complete || !parsed.ok) redirect(`/${locale}${journeyPath(journey.resumeStep)}`);

  const t = await getTranslations({ locale });
  const translate: Translate = (key, values) => t(key as never, values as never);
  const sections = summariseAnswers(parsed.data, translate, { locale, municipalityNames: await municipalityNames(db(), locale) });

  return (
    <div className="container-page max-w-3xl py-10">
      <JourneyHeader page="check" title={t("inquiry.check.title")} />
      <p className="mt-4 text-lg">{t("inquiry.check.lead")}</p>
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`check-${section.step}`} className="mt-8">
          <h2 id={`check-${section.step}`} className="text-xl font-semibold">
            {section.title}
          </h2>
          <dl className="mt-3 divide-y divide-line border-y border-line">
            {section.rows.map((row) => (
              <div key={row.field} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
                <dt className="font-semibold">{row.label}</dt>
                <dd className="whitespace-pre-line wrap-anywhere">{row.value}</dd>
                <dd>
                  <Link href={`${journeyPath(section.step)}?returnTo=check#field-${row.field}`} className="font-semibold">
                    {t("inquiry.check.change")}
                    <span className="sr-only"> {row.label}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="check-submit" className="mt-10">
        <h2 id="check-submit" className="text-xl font-semibold">
          {t("inquiry.check.submitHeading")}
        </h2>
        <p className="mt-2">{t("inquiry.check.submitText")}</p>
        <ClientMessages only={["inquiry.honeypot", "inquiry.check.submit", "inquiryErrors.form", "inquiryErrors.summaryTitle"]}>
          <CheckForm locale={locale} idempotencyKey={draft.data.idempotencyKey} initialError={checkPageError(searchParams)} />
        </ClientMessages>
      </section>
    </div>
  );
}
