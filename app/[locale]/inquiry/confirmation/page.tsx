import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { env } from "@/lib/env";
import { currentDraft } from "@/lib/inquiries/draft-cookie";
import { journeyPath } from "@/lib/inquiries/form-state";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "inquiry" });
  return pageMetadata({ locale, path: "/inquiry/confirmation", title: t("confirmation.title"), description: t("meta.description"), noIndex: true });
}

/** Step 6: the reference number and what happens next. */
export default async function ConfirmationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("inquiry.confirmation");
  const reference = (await currentDraft())?.data.confirmation?.reference;

  if (!reference) {
    return (
      <div className="container-page max-w-3xl py-10">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4">{t("missing")}</p>
        <Link href={journeyPath("direction")} className="button-primary mt-6">
          {t("start")}
        </Link>
      </div>
    );
  }

  return (
    <div className="container-page max-w-3xl py-10">
      <div className="rounded-lg bg-ok p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-lg">{t("referenceLabel")}</p>
        <p className="mt-1 text-3xl font-bold tracking-wide" data-testid="reference">
          {reference}
        </p>
      </div>
      <p className="mt-6">{t("mailNote")}</p>
      <h2 className="mt-8 text-2xl font-semibold">{t("nextHeading")}</h2>
      <ol className="mt-3 list-decimal space-y-2 ps-6">
        <li>{t("next1")}</li>
        <li>{t("next2", { days: env.REPLY_BUSINESS_DAYS })}</li>
        <li>{t("next3")}</li>
      </ol>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link href={journeyPath("status")} className="button-secondary">
          {t("statusLink")}
        </Link>
        <Link href={journeyPath("direction")} className="self-center font-semibold">
          {t("newInquiry")}
        </Link>
      </div>
    </div>
  );
}
