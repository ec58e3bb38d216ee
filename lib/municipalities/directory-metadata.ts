import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../i18n/routing.ts";
import { pageMetadata } from "../seo.ts";

/** The directory's title and description; filtered views share its canonical address. */
export async function directoryMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "directory" });
  return pageMetadata({ locale, path: "/municipalities", title: t("title"), description: t("description") });
}
