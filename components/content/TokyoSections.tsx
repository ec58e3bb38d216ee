import { getTranslations } from "next-intl/server";
import { BulletList } from "@/components/content/BulletList";
import { ContentSection } from "@/components/content/ContentSection";
import { env } from "@/lib/env";

const TMG_OFFERS = ["info", "contacts", "programmes"] as const;
const OFFICE_SERVICES = ["marketInfo", "partnerSearch", "tradeFairs", "authorities", "etiquette"] as const;
const STEPS = ["one", "two", "three", "four"] as const;

export async function WhyTokyo() {
  const t = await getTranslations("tokyo");
  return (
    <ContentSection id="tokyo-why" heading={t("why.heading")}>
      <p className="mt-3">{t("why.p1")}</p>
      <p className="mt-3">{t("why.p2")}</p>
      <p className="mt-3">{t("why.p3")}</p>
    </ContentSection>
  );
}

export async function TokyoPartners() {
  const t = await getTranslations("tokyo");
  return (
    <ContentSection id="tokyo-partners" heading={t("tmg.heading")}>
      <p className="mt-3">{t("tmg.p1")}</p>
      <BulletList items={TMG_OFFERS.map((offer) => t(`tmg.${offer}`))} />
      <p className="mt-3">{t("tmg.p2")}</p>
    </ContentSection>
  );
}

export async function TokyoOffice() {
  const t = await getTranslations("tokyo");
  return (
    <ContentSection id="tokyo-office" heading={t("office.heading")}>
      <p className="mt-3">{t("office.intro")}</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {OFFICE_SERVICES.map((service) => (
          <li key={service} className="rounded-lg border border-line p-4">
            <h3 className="text-lg font-semibold">{t(`office.${service}.title`)}</h3>
            <p className="mt-1 text-muted">{t(`office.${service}.text`)}</p>
          </li>
        ))}
      </ul>
    </ContentSection>
  );
}

export async function FirstSteps() {
  const t = await getTranslations("tokyo");
  return (
    <ContentSection id="tokyo-steps" heading={t("steps.heading")}>
      <ol className="mt-4 space-y-4">
        {STEPS.map((step, index) => (
          <li key={step} className="flex gap-4">
            <span aria-hidden="true" className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-brand font-bold text-white">
              {index + 1}
            </span>
            <div>
              <h3 className="text-lg font-semibold">{t(`steps.${step}.title`)}</h3>
              <p className="mt-1">{t(`steps.${step}.text`, { days: env.REPLY_BUSINESS_DAYS })}</p>
            </div>
          </li>
        ))}
      </ol>
    </ContentSection>
  );
}
