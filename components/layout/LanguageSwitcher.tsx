"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, localeTags } from "@/lib/i18n/routing";

/** Links to the current page in the other languages; works without JavaScript. */
export function LanguageSwitcher() {
  const t = useTranslations("languages");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="rounded px-2 py-1 font-semibold text-ink underline decoration-2 underline-offset-4">
                {t(locale)}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={locale}
                lang={localeTags[locale]}
                hrefLang={localeTags[locale]}
                className="rounded px-2 py-1 text-brand no-underline hover:underline"
              >
                {t(locale)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
