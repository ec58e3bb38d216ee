import { getTranslations } from "next-intl/server";
import { BulletList } from "@/components/content/BulletList";
import { ContentSection } from "@/components/content/ContentSection";
import { Link } from "@/lib/i18n/navigation";

/** Feedback address required by BITV 2.0; a demo domain until launch. */
export const ACCESSIBILITY_CONTACT_EMAIL = "barrierefreiheit@nrw-global-business.example.org";

const LIMITATIONS = ["signLanguage", "audit"] as const;

export async function ScopeAndStatus() {
  const t = await getTranslations("accessibility");
  return (
    <>
      <ContentSection id="accessibility-scope" heading={t("scope.heading")}>
        <p className="mt-3">{t("scope.p1")}</p>
        <p className="mt-3">{t("scope.p2")}</p>
      </ContentSection>
      <ContentSection id="accessibility-status" heading={t("status.heading")}>
        <p className="mt-3">{t("status.p1")}</p>
        <p className="mt-3">{t("status.p2")}</p>
      </ContentSection>
    </>
  );
}

export async function Limitations() {
  const t = await getTranslations("accessibility");
  return (
    <ContentSection id="accessibility-limitations" heading={t("limitations.heading")}>
      <p className="mt-3">{t("limitations.intro")}</p>
      <BulletList items={LIMITATIONS.map((limitation) => t(`limitations.${limitation}`))} />
      <p className="mt-3">{t("limitations.documents")}</p>
    </ContentSection>
  );
}

export async function Preparation() {
  const t = await getTranslations("accessibility");
  return (
    <ContentSection id="accessibility-preparation" heading={t("preparation.heading")}>
      <p className="mt-3">{t("preparation.p1")}</p>
      <p className="mt-3">{t("preparation.p2")}</p>
    </ContentSection>
  );
}

export async function Feedback() {
  const t = await getTranslations("accessibility");
  return (
    <ContentSection id="accessibility-feedback" heading={t("feedback.heading")}>
      <p className="mt-3">{t("feedback.p1")}</p>
      <p className="mt-3">
        {t("feedback.emailLabel")}{" "}
        <a href={`mailto:${ACCESSIBILITY_CONTACT_EMAIL}`} className="break-all font-semibold">
          {ACCESSIBILITY_CONTACT_EMAIL}
        </a>
      </p>
      <p className="mt-3">{t.rich("feedback.p2", { link: (chunks) => <Link href="/inquiry">{chunks}</Link> })}</p>
    </ContentSection>
  );
}

export async function Enforcement() {
  const t = await getTranslations("accessibility");
  return (
    <ContentSection id="accessibility-enforcement" heading={t("enforcement.heading")}>
      <p className="mt-3">{t("enforcement.p1")}</p>
      <p className="mt-3">{t("enforcement.p2")}</p>
    </ContentSection>
  );
}
