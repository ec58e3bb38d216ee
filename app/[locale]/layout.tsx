import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { publicBaseUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(publicBaseUrl()),
    title: { template: `%s · ${t("siteName")}`, default: t("siteName") },
    description: t("description"),
    applicationName: t("siteName"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f8a" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only z-50 bg-focus px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:start-2 focus:top-2">
          {t("skip")}
        </a>
        {/* The language switcher and the error page; forms get their own messages where they are used. */}
        <ClientMessages only={["languages", "serverError"]}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
