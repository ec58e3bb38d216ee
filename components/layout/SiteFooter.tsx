import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const LINKS = [
  { href: "/about", key: "about" },
  { href: "/imprint", key: "imprint" },
  { href: "/privacy", key: "privacy" },
  { href: "/accessibility", key: "accessibility" },
  { href: "/leichte-sprache", key: "easyLanguage" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-line bg-mist">
      <div className="container-page grid gap-6 py-8 text-sm sm:grid-cols-[2fr_1fr]">
        <div>
          <p className="font-semibold">{t("programme")}</p>
          <p className="mt-1 max-w-prose text-muted">{t("summary")}</p>
        </div>
        <nav aria-label={t("label")}>
          <ul className="space-y-1">
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} lang={link.key === "easyLanguage" ? "de" : undefined}>
                  {t(link.key)}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/admin">{t("staff")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
