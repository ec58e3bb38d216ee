"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, localeTags, type Locale } from "@/lib/i18n/routing";
import { STEP_FORM_ID, STEP_PAGE_PATH, SWITCH_LOCALE_FIELD } from "@/lib/inquiries/form-state";

// On a phone the Latin-script languages show their code, so that the switch fits
// the header's one row; the name is read out and shown from the tablet width up.
const SHORT: Record<Locale, string | undefined> = { de: "DE", ja: undefined, en: "EN" };

function Label({ locale, name }: { locale: Locale; name: string }) {
  const short = SHORT[locale];
  if (!short) return <>{name}</>;
  return (
    <>
      <span className="md:hidden">{short} </span>
      <span className="sr-only md:not-sr-only">{name}</span>
    </>
  );
}

/**
 * Links to the current page in the other languages; works without JavaScript. On a
 * question page of the inquiry each language is a button of the step's form, so
 * that switching keeps what was typed (the server stores it and shows the step again).
 */
export function LanguageSwitcher() {
  const t = useTranslations("languages");
  const current = useLocale();
  const pathname = usePathname();
  const onStep = STEP_PAGE_PATH.test(pathname);
  const look = "block rounded px-1.5 py-1 text-brand no-underline hover:underline md:px-2";
  return (
    <nav aria-label={t("label")}>
      <ul className="flex items-center whitespace-nowrap text-sm md:gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="block rounded px-1.5 py-1 font-semibold text-ink underline decoration-2 underline-offset-4 md:px-2" lang={localeTags[locale]}>
                <Label locale={locale} name={t(locale)} />
              </span>
            ) : onStep ? (
              <button type="submit" form={STEP_FORM_ID} name={SWITCH_LOCALE_FIELD} value={locale} lang={localeTags[locale]} className={`${look} cursor-pointer`}>
                <Label locale={locale} name={t(locale)} />
              </button>
            ) : (
              <Link
                href={pathname}
                locale={locale}
                lang={localeTags[locale]}
                hrefLang={localeTags[locale]}
                className={look}
              >
                <Label locale={locale} name={t(locale)} />
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
