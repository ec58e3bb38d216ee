import { getTranslations } from "next-intl/server";
import { ResultBanner } from "@/components/admin/kit";
import { Link } from "@/lib/i18n/navigation";
import { localeTags } from "@/lib/i18n/routing";
import type { Reading } from "@/lib/translation/reading";

const RESULTS = ["saved", "retried", "invalid", "notAllowed"] as const;

/** Above the case: the reader's language, the link to change it, the "originals only" toggle (a plain link: works without JavaScript), and the translation forms' result. */
export async function ReadingBar({ reading, result }: { reading: Reading; result?: string }) {
  const t = await getTranslations("translation");
  const language = new Intl.DisplayNames([localeTags[reading.locale]], { type: "language" }).of(reading.reading) ?? reading.reading;
  const shown = RESULTS.find((r) => r === result);
  const path = `/admin/inquiries/${reading.reference}`;
  return (
    <>
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="reading-bar">
        <span>{t("readingBar", { language })}</span>
        <Link href="/admin/account#reading">{t("change")}</Link>
        {reading.originalOnly ? (
          <>
            <span>{t("originalsOnly")}</span>
            <Link href={path}>{t("showTranslations")}</Link>
          </>
        ) : (
          <Link href={`${path}?original=1`}>{t("showOriginals")}</Link>
        )}
      </p>
      {shown && <ResultBanner ok={shown === "saved" || shown === "retried"}>{t(`result.${shown}`)}</ResultBanner>}
    </>
  );
}
