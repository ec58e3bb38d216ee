import { getTranslations } from "next-intl/server";
import { JOURNEY_PAGES, type JourneyPage } from "@/lib/inquiries/form-state";

/** "Step 2 of 5" above the step's heading. */
export async function JourneyHeader({ page, title }: { page: JourneyPage; title: string }) {
  const t = await getTranslations("inquiry");
  const current = JOURNEY_PAGES.indexOf(page) + 1;
  return (
    <header>
      <p className="font-semibold text-muted">
        <span className="sr-only">{t("title")}: </span>
        {t("stepOf", { current, total: JOURNEY_PAGES.length })}
      </p>
      <div className="mt-2 h-2 w-full max-w-md overflow-hidden rounded bg-mist" aria-hidden="true">
        <div className="h-full bg-brand" style={{ width: `${(current / JOURNEY_PAGES.length) * 100}%` }} />
      </div>
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>
    </header>
  );
}
