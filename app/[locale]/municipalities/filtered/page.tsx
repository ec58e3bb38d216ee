import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { Directory } from "@/components/municipalities/Directory";
import { directoryMetadata } from "@/lib/municipalities/directory-metadata";
import { parseMunicipalityFilter } from "@/lib/municipalities/filter";

// The directory with filters: /{locale}/municipalities?sector=…&service=… is rewritten
// here (next.config.ts), so the address people see and share stays the directory's.
// Filters are read per request; the data itself comes from the cache.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return directoryMetadata((await params).locale);
}

export default async function FilteredDirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Directory locale={locale} filter={parseMunicipalityFilter(await searchParams)} />;
}
