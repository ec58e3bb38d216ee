import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/NotFoundContent";

type Props = { params: Promise<{ locale: Locale }> };

// The 404 page as a content page: HTML and CSS only, from the route cache, answered with
// status 404 (the route cache handler stores it so) and sent in place of Next's empty
// error shell wherever a page calls notFound() (lib/security/not-found-page.ts,
// decision 0026). Not in the sitemap, not indexed.
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundContent />;
}
