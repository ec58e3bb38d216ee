// The fields of the programme's contacts, the imprint's legal details and the home page's
// key figures (lib/content/site-schemas.ts), de/ja/en side by side where they are translated.
import { getTranslations } from "next-intl/server";
import { PlainField, TranslatedField } from "@/components/admin/content/EditorParts";
import type { ContentIssue } from "@/lib/content/schemas";
import type { ContactPayload, FiguresPayload, LegalPayload } from "@/lib/content/site-schemas";
import { locales, type Locale } from "@/lib/i18n/routing";

const each = (pick: (l: Locale) => string) => Object.fromEntries(locales.map((l) => [l, pick(l)])) as Record<Locale, string>;

export async function ContactFields({ payload: p, issues }: { payload: ContactPayload; issues: ContentIssue[] }) {
  return (
    <>
      <TranslatedField field="contactOffice" values={each((l) => p.texts[l].name)} issues={issues} maxLength={200} />
      <TranslatedField field="note" values={each((l) => p.texts[l].note)} issues={issues} multiline="short" maxLength={600} />
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <PlainField field="contactName" value={p.contactName} issues={issues} maxLength={200} />
        <PlainField field="email" type="email" value={p.email} issues={issues} maxLength={200} />
        <PlainField field="phone" type="tel" value={p.phone} issues={issues} maxLength={200} />
        <PlainField field="website" type="url" value={p.website} issues={issues} maxLength={200} />
      </div>
    </>
  );
}

export async function LegalFields({ payload: p, issues }: { payload: LegalPayload; issues: ContentIssue[] }) {
  return (
    <>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <PlainField field="representedBy" value={p.representedBy} issues={issues} maxLength={200} />
        <PlainField field="responsible" value={p.responsible} issues={issues} maxLength={200} />
        <PlainField field="phone" type="tel" value={p.phone} issues={issues} maxLength={200} />
        <PlainField field="email" type="email" value={p.email} issues={issues} maxLength={200} />
        <PlainField field="registerNumber" value={p.registerNumber} issues={issues} maxLength={200} />
        <PlainField field="vatId" value={p.vatId} issues={issues} maxLength={200} />
      </div>
      <TranslatedField field="registerCourt" values={p.registerCourt} issues={issues} maxLength={200} />
    </>
  );
}

export async function FiguresFields({ payload: p, issues }: { payload: FiguresPayload; issues: ContentIssue[] }) {
  const t = await getTranslations("contentAdmin");
  return (
    <>
      {p.items.map((item, i) => (
        <section key={item.key} aria-labelledby={`figure-${i}-heading`} className="mt-8 border-t border-line pt-4">
          <h2 id={`figure-${i}-heading`} className="text-xl font-bold">
            {t("editor.figure", { number: i + 1 })}
          </h2>
          <TranslatedField field={`figure${i}Value`} values={item.value} issues={issues} maxLength={60} />
          <TranslatedField field={`figure${i}Label`} values={item.label} issues={issues} multiline="short" maxLength={200} />
          <div className="mt-4 max-w-xs">
            <PlainField field={`figure${i}Year`} value={item.year} issues={issues} maxLength={9} />
          </div>
        </section>
      ))}
      <TranslatedField field="source" values={p.source} issues={issues} multiline="short" maxLength={400} />
    </>
  );
}
