// The applicant's answers as label/value pairs, in journey order: the "check
// your answers" page and the confirmation mail both show exactly this.
import type { FieldName, InquiryAnswers, StepId } from "./schema.ts";
import { joinList } from "../i18n/lists.ts";
import type { Translate } from "../i18n/translator.ts";
import { countryName } from "./countries.ts";
import { displayPhone } from "./phone.ts";

export type SummaryRow = { field: FieldName; label: string; value: string };
export type SummarySection = { step: StepId; title: string; rows: SummaryRow[] };

type Options = {
  locale: string;
  /** Localised names of the partner municipalities by slug. */
  municipalityNames: Readonly<Record<string, string>>;
};

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale: building an Intl.NumberFormat costs more than the rest of a summary (profile of bench figure 2). */
function numberFormat(locale: string): Intl.NumberFormat {
  let found = numberFormats.get(locale);
  if (!found) numberFormats.set(locale, (found = new Intl.NumberFormat(locale)));
  return found;
}

export function summariseAnswers(answers: InquiryAnswers, t: Translate, { locale, municipalityNames }: Options): SummarySection[] {
  const notGiven = t("inquiry.check.notGiven");
  const list = (items: readonly string[]) => joinList(items, locale);
  const row = (field: FieldName, value: string | undefined | null): SummaryRow => ({
    field,
    label: t(`inquiry.fields.${field}.label`),
    value: value === undefined || value === null || value === "" ? notGiven : value,
  });
  const number = numberFormat(locale);

  return [
    {
      step: "direction",
      title: t("inquiry.steps.direction"),
      rows: [row("direction", t(`catalog.directions.${answers.direction}`))],
    },
    {
      step: "company",
      title: t("inquiry.steps.company"),
      rows: [
        row("companyName", answers.companyName),
        row("companyNameLatin", answers.companyNameLatin),
        row("website", answers.website),
        row("hqCity", answers.hqCity),
        row("hqCountry", countryName(answers.hqCountry, locale)),
        row("sizeBand", t(`inquiry.options.sizeBand.${answers.sizeBand}`)),
        row("foundedYear", answers.foundedYear === undefined ? undefined : String(answers.foundedYear)),
        row("isStartup", t(answers.isStartup ? "inquiry.options.yes" : "inquiry.options.no")),
        row("sectors", list(answers.sectors.map((s) => t(`catalog.sectors.${s}`)))),
      ],
    },
    {
      step: "plans",
      title: t("inquiry.steps.plans"),
      rows: [
        row("supportNeeds", list(answers.supportNeeds.map((s) => t(`catalog.services.${s}`)))),
        row("timeline", t(`inquiry.options.timeline.${answers.timeline}`)),
        row("plannedInvestment", answers.plannedInvestment && t(`inquiry.options.investment.${answers.plannedInvestment}`)),
        row("plannedJobs", answers.plannedJobs === undefined ? undefined : number.format(answers.plannedJobs)),
        row(
          "preferredMunicipalities",
          answers.preferredMunicipalities.length
            ? list(answers.preferredMunicipalities.map((slug) => municipalityNames[slug] ?? slug))
            : t("inquiry.fields.preferredMunicipalities.none"),
        ),
        row("description", answers.description),
      ],
    },
    {
      step: "contact",
      title: t("inquiry.steps.contact"),
      rows: [
        row("contactName", answers.contactName),
        row("contactNameLatin", answers.contactNameLatin),
        row("contactRole", answers.contactRole),
        row("contactEmail", answers.contactEmail),
        row("contactPhone", displayPhone(answers.contactPhone)),
        row("replyLocale", t(`languages.${answers.replyLocale}`)),
        row("privacyConsent", t("inquiry.check.consentGiven")),
      ],
    },
  ];
}
