// The fields of a municipality profile (lib/content/schemas.ts profilePayload).
import { getTranslations } from "next-intl/server";
import { CodeChoice, PlainField, TranslatedField } from "@/components/admin/content/EditorParts";
import { SECTORS, SUPPORT_SERVICES } from "@/lib/domain/catalog";
import { LONG, SHORT, type ContentIssue, type ProfilePayload } from "@/lib/content/schemas";
import { locales, type Locale } from "@/lib/i18n/routing";

const byLocale = (p: ProfilePayload, pick: (text: ProfilePayload["texts"]["de"]) => string) => Object.fromEntries(locales.map((l) => [l, pick(p.texts[l])])) as Record<Locale, string>;

export async function ProfileFields({ payload: p, issues }: { payload: ProfilePayload; issues: ContentIssue[] }) {
  const t = await getTranslations("contentAdmin.editor");
  const tCatalog = await getTranslations("catalog");
  return (
    <>
      <h2 className="mt-6 text-2xl font-bold">{t("texts")}</h2>
      <TranslatedField field="name" values={byLocale(p, (x) => x.name)} issues={issues} maxLength={SHORT} />
      <TranslatedField field="agencyName" values={byLocale(p, (x) => x.agencyName)} issues={issues} maxLength={SHORT} />
      <TranslatedField field="tagline" values={byLocale(p, (x) => x.tagline)} issues={issues} multiline="short" maxLength={400} />
      <TranslatedField field="description" values={byLocale(p, (x) => x.description)} issues={issues} multiline="long" maxLength={LONG} hint={t("format")} />
      <TranslatedField field="offerForJapan" values={byLocale(p, (x) => x.offerForJapan)} issues={issues} multiline="long" maxLength={LONG} hint={t("format")} />
      <TranslatedField field="japanFacts" values={byLocale(p, (x) => x.japanFacts.join("\n"))} issues={issues} multiline="short" maxLength={8_000} hint={t("listHint")} />

      <h2 className="mt-10 text-2xl font-bold">{t("catalog")}</h2>
      <CodeChoice field="sectors" options={SECTORS.map((s) => ({ value: s, label: tCatalog(`sectors.${s}`) }))} chosen={p.sectors} issues={issues} />
      <CodeChoice field="services" options={SUPPORT_SERVICES.map((s) => ({ value: s, label: tCatalog(`services.${s}`) }))} chosen={p.services} issues={issues} />

      <h2 className="mt-10 text-2xl font-bold">{t("contact")}</h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <PlainField field="contactName" value={p.contactName} issues={issues} maxLength={SHORT} />
        <PlainField field="email" type="email" value={p.email} issues={issues} maxLength={SHORT} />
        <PlainField field="phone" type="tel" value={p.phone} issues={issues} maxLength={SHORT} />
        <PlainField field="website" type="url" value={p.website} issues={issues} maxLength={SHORT} />
        <PlainField field="street" value={p.street} issues={issues} maxLength={SHORT} />
        <PlainField field="postcode" value={p.postcode} issues={issues} maxLength={20} />
        <PlainField field="city" value={p.city} issues={issues} maxLength={SHORT} />
      </div>
    </>
  );
}
