"use client";
// What a visitor sees when a page cannot be rendered, e.g. while the database
// is unreachable: a translated explanation and a way to try again, never a stack trace.
import { useTranslations } from "next-intl";
import type { ErrorInfo } from "next/error";
import { Link } from "@/lib/i18n/navigation";

export default function LocaleError({ retry }: ErrorInfo) {
  const t = useTranslations("serverError");
  return (
    <div className="container-page py-16">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-4 max-w-2xl">{t("text")}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" className="button-primary cursor-pointer" onClick={() => retry()}>
          {t("retry")}
        </button>
        <Link href="/">{t("home")}</Link>
      </div>
    </div>
  );
}
