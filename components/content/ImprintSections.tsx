import { getLocale, getTranslations } from "next-intl/server";
import { ContentSection } from "@/components/content/ContentSection";
import { publishedLegal } from "@/lib/content/site";
import { missingLegalDetails, type LegalPayload } from "@/lib/content/site-schemas";
import type { Locale } from "@/lib/i18n/routing";

/** Shown first while details below are placeholders (until the gateway publishes them in the content area). */
export async function DemoNotice() {
  if (missingLegalDetails(await publishedLegal()).length === 0) return null;
  const t = await getTranslations("imprint");
  return (
    <div role="note" aria-labelledby="imprint-demo-label" className="mt-6 rounded-lg border-2 border-warn bg-mist p-4">
      <p id="imprint-demo-label" className="font-bold text-warn">
        {t("demo.label")}
      </p>
      <p className="mt-1">{t("demo.text")}</p>
    </div>
  );
}

export async function Provider() {
  const t = await getTranslations("imprint");
  return (
    <ContentSection id="imprint-provider" heading={t("provider.heading")}>
      <p className="mt-3">{t("provider.intro")}</p>
      <address className="mt-3 not-italic">
        <span className="block font-semibold">{t("provider.name")}</span>
        <span className="block">{t("provider.street")}</span>
        <span className="block">{t("provider.city")}</span>
        <span className="block">{t("provider.country")}</span>
      </address>
    </ContentSection>
  );
}

/** The operator's details as published in the content area; each one not yet published shows the "to be added" note. */
const DETAILS = ["representedBy", "phone", "email", "registerCourt", "registerNumber", "vatId"] as const;

function detailValue(legal: LegalPayload | undefined, detail: (typeof DETAILS)[number], locale: Locale) {
  if (!legal) return "";
  if (detail === "registerCourt") return legal.registerCourt[locale];
  const value = legal[detail];
  if (!value) return "";
  if (detail === "email") return <a href={`mailto:${value}`}>{value}</a>;
  if (detail === "phone") return <a href={`tel:${value.replace(/[^+\d]/g, "")}`}>{value}</a>;
  return value;
}

export async function Details() {
  const t = await getTranslations("imprint");
  const locale = (await getLocale()) as Locale;
  const legal = await publishedLegal();
  return (
    <ContentSection id="imprint-details" heading={t("details.heading")}>
      <dl className="mt-3 space-y-3">
        {DETAILS.map((detail) => (
          <div key={detail}>
            <dt className="font-semibold">{t(`details.${detail}`)}</dt>
            <dd>{detailValue(legal, detail, locale) || t("pending")}</dd>
          </div>
        ))}
      </dl>
    </ContentSection>
  );
}

export async function Responsible() {
  const t = await getTranslations("imprint");
  const legal = await publishedLegal();
  return (
    <ContentSection id="imprint-responsible" heading={t("responsible.heading")}>
      <p className="mt-3">{t("responsible.text")}</p>
      <p>{legal?.responsible || t("pending")}</p>
    </ContentSection>
  );
}

/** About the portal, liability and copyright. */
export async function LegalTexts() {
  const t = await getTranslations("imprint");
  return (
    <>
      <ContentSection id="imprint-programme" heading={t("programme.heading")}>
        <p className="mt-3">{t("programme.text")}</p>
      </ContentSection>
      <ContentSection id="imprint-liability-content" heading={t("liabilityContent.heading")}>
        <p className="mt-3">{t("liabilityContent.p1")}</p>
        <p className="mt-3">{t("liabilityContent.p2")}</p>
      </ContentSection>
      <ContentSection id="imprint-liability-links" heading={t("liabilityLinks.heading")}>
        <p className="mt-3">{t("liabilityLinks.p1")}</p>
        <p className="mt-3">{t("liabilityLinks.p2")}</p>
      </ContentSection>
      <ContentSection id="imprint-copyright" heading={t("copyright.heading")}>
        <p className="mt-3">{t("copyright.p1")}</p>
      </ContentSection>
    </>
  );
}
