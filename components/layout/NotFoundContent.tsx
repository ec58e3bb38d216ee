import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return (
    <div className="container-page py-16">
      <p className="text-sm font-semibold text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 max-w-2xl">{t("text")}</p>
      <ul className="mt-6 list-disc space-y-2 ps-6">
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/municipalities">{t("municipalities")}</Link>
        </li>
        <li>
          <Link href="/inquiry">{t("inquiry")}</Link>
        </li>
      </ul>
    </div>
  );
}
