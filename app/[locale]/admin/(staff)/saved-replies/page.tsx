import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SavedReplyForm } from "@/components/admin/SavedReplyForm";
import { requirePermission } from "@/lib/auth/session";
import { deleteTemplateAction } from "@/lib/conversation/template-actions";
import { organisationTemplates, savedRepliesPath } from "@/lib/conversation/templates";
import { MESSAGE_MAX_LENGTH } from "@/lib/conversation/messages";
import { routing } from "@/lib/i18n/routing";
import { organisationLabels } from "@/lib/organisations/names";
import { languageName } from "@/lib/i18n/language-names";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[] }> };

const RESULTS = ["deleted", "notFound", "notAllowed"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "conversation.savedReplies" });
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/** The organisation's saved replies, by language: edit or delete them (they are written from the case page's compose form). */
export default async function SavedRepliesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requirePermission(locale, "inquiry.message", savedRepliesPath(locale));
  const t = await getTranslations("conversation.savedReplies");
  const requested = (await searchParams).result;
  const result = RESULTS.find((r) => r === requested);
  const templates = await organisationTemplates(staff);
  const languages = routing.locales.map((l) => ({ value: l, label: languageName(l, locale) }));
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead", { organisation: staff.organisation ? (await organisationLabels(locale)).organisation(staff.organisation) : "" })}</p>
      {result && (
        <p id="result" role={result === "deleted" ? "status" : "alert"} className={`mt-4 max-w-3xl rounded-md border-2 p-3 ${result === "deleted" ? "border-ok" : "border-accent"}`}>
          {t(`result.${result}`)}
        </p>
      )}
      {templates.length === 0 && <p className="mt-6">{t("empty")}</p>}
      <ClientMessages only={["conversation.savedReplies"]}>
        {routing.locales.map((l) => {
          const inLanguage = templates.filter((tpl) => tpl.locale === l);
          if (!inLanguage.length) return null;
          return (
            <section key={l} aria-labelledby={`replies-${l}`} className="mt-8 max-w-3xl">
              <h2 id={`replies-${l}`} className="text-2xl font-bold">
                {languageName(l, locale)}
              </h2>
              <ul className="mt-3 space-y-4">
                {inLanguage.map((tpl) => (
                  <li key={tpl.id} className="rounded-md border border-line p-4" data-testid="saved-reply">
                    <h3 className="mb-3 text-lg font-semibold wrap-anywhere" lang={tpl.locale}>
                      {tpl.title}
                    </h3>
                    <SavedReplyForm locale={locale} template={tpl} languages={languages} maxLength={MESSAGE_MAX_LENGTH} />
                    <details className="mt-3">
                      <summary className="cursor-pointer font-semibold text-accent">{t("delete")}</summary>
                      <form action={deleteTemplateAction} className="mt-2">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="id" value={tpl.id} />
                        <p>{t("deleteConfirm", { title: tpl.title })}</p>
                        <button type="submit" className="button-secondary mt-2 cursor-pointer !py-1.5">
                          {t("deleteSubmit")}
                        </button>
                      </form>
                    </details>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </ClientMessages>
    </div>
  );
}
