import { getTranslations } from "next-intl/server";
import { BulletList } from "@/components/content/BulletList";
import { ContentSection } from "@/components/content/ContentSection";
import { ANONYMISE_AFTER_MONTHS, EVENT_REGISTRATIONS_ANONYMISED_AFTER_MONTHS, PRIVACY_NOTICE_VERSION, TRANSLATION_ENGINE, UNMATCHED_MAIL_DELETED_AFTER_DAYS } from "@/components/content/privacyNotice";
import { ProgrammeContact } from "@/components/content/ProgrammeContact";
import { publishedContact } from "@/lib/content/site";
import { Link } from "@/lib/i18n/navigation";

const DATA = ["inquiry", "case", "conversation", "technical"] as const;
const PURPOSES = ["handling", "forwarding", "status", "statistics", "operation"] as const;
const LEGAL_BASES = ["consent", "request", "publicTask", "interest"] as const;
const RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdrawal"] as const;

export async function Controller() {
  const t = await getTranslations("privacy");
  const officer = await publishedContact("dataProtection");
  return (
    <ContentSection id="privacy-controller" heading={t("controller.heading")}>
      <p className="mt-3">{t("controller.p1")}</p>
      {officer ? (
        <>
          <p className="mt-3">{t.rich("controller.p2Filled", { link: (chunks) => <Link href="/imprint">{chunks}</Link> })}</p>
          <ProgrammeContact contact="dataProtection" className="mt-3" />
        </>
      ) : (
        <p className="mt-3">{t.rich("controller.p2", { link: (chunks) => <Link href="/imprint">{chunks}</Link> })}</p>
      )}
    </ContentSection>
  );
}

export async function DataAndPurposes() {
  const t = await getTranslations("privacy");
  return (
    <>
      <ContentSection id="privacy-data" heading={t("data.heading")}>
        <BulletList items={DATA.map((item) => t(`data.${item}`))} />
      </ContentSection>
      <ContentSection id="privacy-purposes" heading={t("purposes.heading")}>
        <BulletList items={PURPOSES.map((purpose) => t(`purposes.${purpose}`))} />
      </ContentSection>
      <ContentSection id="privacy-legal-bases" heading={t("legalBases.heading")}>
        <BulletList items={LEGAL_BASES.map((basis) => t(`legalBases.${basis}`))} />
      </ContentSection>
    </>
  );
}

export async function Recipients() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-recipients" heading={t("recipients.heading")}>
      <p className="mt-3">{t("recipients.p1")}</p>
      <p className="mt-3">{t("recipients.p2")}</p>
      <p className="mt-3">{t("recipients.minimisation")}</p>
      <p className="mt-3">{t("recipients.p3")}</p>
      <p className="mt-3">{t("recipients.p4")}</p>
      <p className="mt-3">{t(TRANSLATION_ENGINE === "DeepL" ? "recipients.translationDeepL" : TRANSLATION_ENGINE === "LibreTranslate" ? "recipients.translationLibre" : "recipients.translationNone")}</p>
    </ContentSection>
  );
}

export async function Retention() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-retention" heading={t("retention.heading")}>
      <p className="mt-3">{t("retention.p1")}</p>
      <p className="mt-3">{t("retention.p2", { months: ANONYMISE_AFTER_MONTHS })}</p>
      <p className="mt-3">{t("retention.p3")}</p>
      <p className="mt-3">{t("retention.p4", { months: ANONYMISE_AFTER_MONTHS })}</p>
      <p className="mt-3">{t("retention.p5", { days: UNMATCHED_MAIL_DELETED_AFTER_DAYS })}</p>
    </ContentSection>
  );
}

/** Registrations for information events (issue #20, decision 0029). */
export async function EventRegistrations() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-events" heading={t("events.heading")}>
      <p className="mt-3">{t("events.stored")}</p>
      <p className="mt-3">{t("events.purpose")}</p>
      <p className="mt-3">{t("events.retention", { months: EVENT_REGISTRATIONS_ANONYMISED_AFTER_MONTHS })}</p>
      <p className="mt-3">{t("events.rights")}</p>
    </ContentSection>
  );
}

export async function Cookies() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-cookies" heading={t("cookies.heading")}>
      <p className="mt-3">{t("cookies.p1")}</p>
      <p className="mt-3">{t("cookies.p2")}</p>
      <p className="mt-3">{t("cookies.p3")}</p>
    </ContentSection>
  );
}

/** Cross-border transfer between Japan and the EU (APPI and GDPR). */
export async function ApplicantsFromJapan() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-japan" heading={t("japan.heading")}>
      <p className="mt-3">{t("japan.p1")}</p>
      <p className="mt-3">{t("japan.p2")}</p>
      <p className="mt-3">{t("japan.p3")}</p>
      <p className="mt-3">{t("japan.p4")}</p>
    </ContentSection>
  );
}

export async function Rights() {
  const t = await getTranslations("privacy");
  return (
    <ContentSection id="privacy-rights" heading={t("rights.heading")}>
      <p className="mt-3">{t("rights.intro")}</p>
      <BulletList items={RIGHTS.map((right) => t(`rights.${right}`))} />
      <p className="mt-3">{t("rights.howTo")}</p>
      <p className="mt-3">{t("rights.complaint")}</p>
    </ContentSection>
  );
}

export async function DecisionsAndChanges() {
  const t = await getTranslations("privacy");
  return (
    <>
      <ContentSection id="privacy-automated" heading={t("automated.heading")}>
        <p className="mt-3">{t("automated.p1")}</p>
      </ContentSection>
      <ContentSection id="privacy-changes" heading={t("changes.heading")}>
        <p className="mt-3">{t("changes.p1", { version: PRIVACY_NOTICE_VERSION })}</p>
      </ContentSection>
    </>
  );
}
