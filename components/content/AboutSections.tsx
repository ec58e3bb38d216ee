import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BulletList } from "@/components/content/BulletList";
import { ContentSection } from "@/components/content/ContentSection";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

const PURPOSES = ["tokyoToNrw", "nrwToTokyo", "research"] as const;
const INSTRUMENTS = ["platform", "events", "municipalities"] as const;
const QUESTIONS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"] as const;
/** Answers that link to another page, in the <link> tag of their message. */
const ANSWER_LINKS: Partial<Record<(typeof QUESTIONS)[number], string>> = {
  q5: "/privacy",
  q7: "/inquiry/status",
  q9: "/tokyo",
};

export async function Cooperation() {
  const t = await getTranslations("about");
  return (
    <ContentSection id="about-cooperation" heading={t("cooperation.heading")}>
      <p className="mt-3">{t("cooperation.p1")}</p>
      <p className="mt-3">{t("cooperation.p2")}</p>
    </ContentSection>
  );
}

export async function Purposes() {
  const t = await getTranslations("about");
  return (
    <ContentSection id="about-purposes" heading={t("purposes.heading")}>
      <p className="mt-3">{t("purposes.intro")}</p>
      <BulletList items={PURPOSES.map((purpose) => t(`purposes.items.${purpose}`))} />
    </ContentSection>
  );
}

export async function Instruments() {
  const t = await getTranslations("about");
  return (
    <ContentSection id="about-instruments" heading={t("instruments.heading")}>
      <p className="mt-3">{t("instruments.intro")}</p>
      {INSTRUMENTS.map((instrument) => (
        <div key={instrument}>
          <h3 className="mt-6 text-lg font-semibold">{t(`instruments.${instrument}.title`)}</h3>
          <p className="mt-2">{t(`instruments.${instrument}.text`)}</p>
        </div>
      ))}
      <p className="mt-4">
        <Link href="/events">{t("instruments.eventsLink")}</Link>
      </p>
    </ContentSection>
  );
}

export async function Roles() {
  const t = await getTranslations("about");
  return (
    <ContentSection id="about-roles" heading={t("roles.heading")}>
      <h3 className="mt-6 text-lg font-semibold">{t("roles.gateway.title")}</h3>
      <p className="mt-2">{t("roles.gateway.text")}</p>
      <h3 className="mt-6 text-lg font-semibold">{t("roles.municipalities.title")}</h3>
      <p className="mt-2">{t("roles.municipalities.text")}</p>
      <p className="mt-2">
        <Link href="/municipalities">{t("roles.municipalitiesLink")}</Link>
      </p>
      <h3 className="mt-6 text-lg font-semibold">{t("roles.tokyo.title")}</h3>
      <p className="mt-2">{t("roles.tokyo.text")}</p>
      <p className="mt-2">
        <Link href="/tokyo">{t("roles.tokyoLink")}</Link>
      </p>
    </ContentSection>
  );
}

function Question({ question, children }: { question: string; children: ReactNode }) {
  return (
    <div className="mt-6 border-t border-line pt-4">
      <h3 className="text-lg font-semibold">{question}</h3>
      <p className="mt-2">{children}</p>
    </div>
  );
}

export async function Faq() {
  const t = await getTranslations("about");
  return (
    <ContentSection id="about-faq" heading={t("faq.heading")}>
      {QUESTIONS.map((q) => (
        <Question key={q} question={t(`faq.${q}.question`)}>
          {t.rich(`faq.${q}.answer`, {
            days: env.REPLY_BUSINESS_DAYS,
            link: (chunks) => {
              const href = ANSWER_LINKS[q];
              return href ? <Link href={href}>{chunks}</Link> : chunks;
            },
          })}
        </Question>
      ))}
    </ContentSection>
  );
}
