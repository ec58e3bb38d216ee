import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

// The German Easy Language text (easyLanguage.body.*). It is the same in every
// message file; the page marks it lang="de" in the Japanese and English versions.
// In Easy Language every sentence stands on its own line.
const PORTAL = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12"] as const;
const HELPERS = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11"] as const;
const ASK = ["s1", "s2", "s3", "s4", "s5", "s6"] as const;
const NEXT = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12"] as const;
const DATA = ["s1", "s2", "s3", "s4", "s5", "s6", "s7"] as const;

function EasySection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      <div className="mt-3 space-y-2 text-lg">{children}</div>
    </section>
  );
}

export async function EasyLanguageBody() {
  const t = await getTranslations("easyLanguage.body");
  return (
    <>
      <EasySection id="easy-portal" heading={t("portal.heading")}>
        {PORTAL.map((s) => (
          <p key={s}>{t(`portal.${s}`)}</p>
        ))}
      </EasySection>
      <EasySection id="easy-helpers" heading={t("helpers.heading")}>
        {HELPERS.map((s) => (
          <p key={s}>{t(`helpers.${s}`)}</p>
        ))}
      </EasySection>
      <EasySection id="easy-ask" heading={t("ask.heading")}>
        {ASK.map((s) => (
          <p key={s}>{t(`ask.${s}`)}</p>
        ))}
        <p>{t.rich("ask.s7", { link: (chunks) => <Link href="/inquiry">{chunks}</Link> })}</p>
      </EasySection>
      <EasySection id="easy-next" heading={t("next.heading")}>
        {NEXT.map((s) => (
          <p key={s}>{t(`next.${s}`, { days: env.REPLY_BUSINESS_DAYS })}</p>
        ))}
        <p>{t.rich("next.s13", { link: (chunks) => <Link href="/inquiry/status">{chunks}</Link> })}</p>
      </EasySection>
      <EasySection id="easy-data" heading={t("data.heading")}>
        {DATA.map((s) => (
          <p key={s}>{t(`data.${s}`)}</p>
        ))}
        <p>{t.rich("data.s8", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>
      </EasySection>
    </>
  );
}
