import { getTranslations } from "next-intl/server";
import { ContentSection } from "@/components/content/ContentSection";

/** Shown first: the contact details below are placeholders until launch. */
export async function DemoNotice() {
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

/** Details still to be confirmed by the operator; each shows the "to be added" note. */
const PENDING_DETAILS = ["representedBy", "phone", "email", "registerCourt", "registerNumber", "vatId"] as const;

export async function Details() {
  const t = await getTranslations("imprint");
  return (
    <ContentSection id="imprint-details" heading={t("details.heading")}>
      <dl className="mt-3 space-y-3">
        {PENDING_DETAILS.map((detail) => (
          <div key={detail}>
            <dt className="font-semibold">{t(`details.${detail}`)}</dt>
            <dd>{t("pending")}</dd>
          </div>
        ))}
      </dl>
    </ContentSection>
  );
}

export async function Responsible() {
  const t = await getTranslations("imprint");
  return (
    <ContentSection id="imprint-responsible" heading={t("responsible.heading")}>
      <p className="mt-3">{t("responsible.text")}</p>
      <p>{t("pending")}</p>
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
