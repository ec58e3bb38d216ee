import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { MobileMenu } from "./MobileMenu";
import { Emblem } from "./Wordmark";

const NAV = [
  { href: "/municipalities", key: "municipalities" },
  { href: "/tokyo", key: "tokyo" },
  { href: "/events", key: "events" },
  { href: "/about", key: "about" },
] as const;

// The same links in the phone's menu (a column) and the desktop bar (a row).
const PHONE = {
  list: "container-page flex flex-col py-2",
  link: "block border-b border-line py-3 font-medium text-ink no-underline",
  status: "block border-b border-line py-3 text-ink",
  statusItem: "",
  inquiryItem: "py-3",
  inquiry: "button-primary",
};
const DESKTOP = {
  list: "container-page flex items-center gap-x-5 py-2 text-[0.95rem]",
  link: "inline-block py-1 font-medium text-ink no-underline hover:text-brand hover:underline",
  status: "inline-block py-1 text-ink hover:text-brand",
  statusItem: "ms-auto",
  inquiryItem: "",
  inquiry: "button-primary !py-1.5 text-sm",
};

function NavList({ t, look }: { t: Awaited<ReturnType<typeof getTranslations<"nav">>>; look: typeof PHONE }) {
  return (
    <nav aria-label={t("label")}>
      <ul className={look.list}>
        {NAV.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={look.link}>
              {t(item.key)}
            </Link>
          </li>
        ))}
        <li className={look.statusItem || undefined}>
          <Link href="/inquiry/status" className={look.status}>
            {t("status")}
          </Link>
        </li>
        <li className={look.inquiryItem || undefined}>
          <Link href="/inquiry" className={look.inquiry}>
            {t("inquiry")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/**
 * One compact row on a phone (mark, languages, menu) and the full navigation from
 * the tablet width up. The phone's menu and the desktop bar hold the same links;
 * only one of them is displayed (and so in the accessibility tree) at a time.
 */
export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="relative border-b border-line bg-paper">
      <div className="container-page flex items-center justify-between gap-2 py-2 md:py-3">
        <Link href="/" className="flex min-w-0 items-center gap-2 text-ink no-underline md:gap-3">
          <Emblem className="h-8 w-8 md:h-10 md:w-10" />
          <span className="leading-tight">
            <span className="block whitespace-nowrap font-bold md:hidden">{t("brandShort")}</span>
            <span className="hidden font-semibold md:block">{t("brand")}</span>
            <span className="hidden text-sm text-muted md:block">{t("brandSub")}</span>
          </span>
        </Link>
        <div className="flex items-center gap-1 md:gap-3">
          <LanguageSwitcher />
          <MobileMenu label={t("menu")}>
            <NavList t={t} look={PHONE} />
          </MobileMenu>
        </div>
      </div>
      <div className="hidden border-t border-line bg-mist md:block">
        <NavList t={t} look={DESKTOP} />
      </div>
    </header>
  );
}
