import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";

const NAV = [
  { href: "/municipalities", key: "municipalities" },
  { href: "/tokyo", key: "tokyo" },
  { href: "/events", key: "events" },
  { href: "/about", key: "about" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-line bg-paper">
      <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
        <Link href="/" className="flex items-center gap-3 text-ink no-underline">
          <span aria-hidden="true" className="grid h-10 w-10 shrink-0 place-items-center whitespace-nowrap rounded-md bg-brand text-sm font-bold text-white">
            N×T
          </span>
          <span className="leading-tight">
            <span className="block font-semibold">{t("brand")}</span>
            <span className="block text-sm text-muted">{t("brandSub")}</span>
          </span>
        </Link>
        <LanguageSwitcher />
      </div>
      <nav aria-label={t("label")} className="border-t border-line bg-mist">
        <ul className="container-page flex flex-wrap items-center gap-x-5 gap-y-1 py-2 text-[0.95rem]">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block py-1 font-medium text-ink no-underline hover:text-brand hover:underline">
                {t(item.key)}
              </Link>
            </li>
          ))}
          <li className="ms-auto">
            <Link href="/inquiry/status" className="inline-block py-1 text-ink hover:text-brand">
              {t("status")}
            </Link>
          </li>
          <li>
            <Link href="/inquiry" className="button-primary !py-1.5 text-sm">
              {t("inquiry")}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
