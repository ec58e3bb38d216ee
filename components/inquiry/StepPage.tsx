import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { countryOptions } from "@/lib/inquiries/countries";
import { stepFormValues } from "@/lib/inquiries/drafts";
import { journeyPath } from "@/lib/inquiries/form-state";
import { Journey } from "@/lib/inquiries/journey";
import { stepPageData } from "@/lib/inquiries/step-page-data";
import type { StepId } from "@/lib/inquiries/schema";
import { MUNICIPALITY_SLUGS } from "@/lib/domain/catalog";
import { JourneyHeader } from "./JourneyHeader";
import { StepForm } from "./StepForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { locale: Locale; step: StepId; searchParams: Record<string, string | string[] | undefined> };

/** A question page: guards the order of steps, prefills from the server-side draft, renders the form. */
export async function StepPage({ locale, step, searchParams }: Props) {
  const t = await getTranslations({ locale, namespace: "inquiry" });
  const { draft: found, names, outage } = await stepPageData(locale);
  // A submitted draft is finished: a new journey starts from scratch.
  const draft = found?.submitted ? undefined : found;
  const answers = draft?.data.answers ?? {};

  const journey = new Journey(answers);
  // During an outage the draft is unknown: the form answers its own post as the action did.
  if (!outage && !journey.mayVisit(step)) redirect(`/${locale}${journeyPath(journey.resumeStep)}`);

  const returnToCheck = searchParams.returnTo === "check" && journey.complete;
  const previous = journey.previous(step);
  const backHref = returnToCheck ? journeyPath("check") : previous && journeyPath(previous);

  const municipalities = MUNICIPALITY_SLUGS.filter((slug) => names[slug]).map((slug) => ({ slug, name: names[slug]! }));
  const requested = typeof searchParams.municipality === "string" ? searchParams.municipality : undefined;
  const preselected = step === "direction" && requested && names[requested] ? requested : undefined;

  return (
    <div className="container-page max-w-3xl py-10">
      <JourneyHeader page={step} title={t(`steps.${step}`)} />
      {step === "direction" && <p className="mt-4 max-w-2xl text-lg">{t("intro")}</p>}
      {preselected && <p className="mt-4 rounded-md border border-line bg-brand-soft p-4">{t("preselected", { name: names[preselected]! })}</p>}
      <ClientMessages only={["inquiry", "inquiryErrors", "catalog.directions", "catalog.sectors", "catalog.services", "languages"]}>
        <StepForm
          step={step}
          locale={locale}
          initialValues={stepFormValues(draft, step)}
          returnToCheck={returnToCheck}
          backHref={backHref}
          countries={step === "company" ? countryOptions(locale) : []}
          municipalities={municipalities}
          preselectedMunicipality={preselected}
          privacyHref={`/${locale}/privacy`}
        />
      </ClientMessages>
    </div>
  );
}
