import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { Directory } from "@/components/municipalities/Directory";
import { directoryMetadata } from "@/lib/municipalities/directory-metadata";

// The whole directory is rendered on first request and then served from the route
// cache; a URL with filters in its query string is rewritten (next.config.ts) to
// ./filtered, which renders per request (docs/decisions/0003).
export const dynamic = "force-static";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return directoryMetadata((await params).locale);
}

export default async function DirectoryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Directory locale={locale} filter={{}} />;
}
