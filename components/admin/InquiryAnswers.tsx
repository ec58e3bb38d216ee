import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isSector, isSupportService, SIZE_BANDS, TIMELINES } from "@/lib/domain/catalog";
import { joinList, withAside } from "@/lib/i18n/lists";
import { localeTags, type Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/inquiries/countries";
import { displayPhone } from "@/lib/inquiries/phone";
import { INVESTMENT_BANDS } from "@/lib/inquiries/schema";
import { languageName } from "@/lib/i18n/language-names";
import { organisationLabels } from "@/lib/organisations/names";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { TranslatedText } from "@/components/admin/TranslatedText";
import type { Reading } from "@/lib/translation/reading";

/** A name as written, with its Latin-letter spelling beside it when the applicant gave one. */
function NameWithLatin({ name, latin, lang }: { name: string; latin: string | null; lang: string }) {
  return (
    <>
      <bdi lang={lang}>{name}</bdi>
      {latin && (
        <>
          {" "}
          <span data-testid="latin-spelling">
            (<bdi lang={lang === "ja" ? "ja-Latn" : "en"}>{latin}</bdi>)
          </span>
        </>
      )}
    </>
  );
}

/**
 * Every answer exactly as submitted. Applicant text is rendered as text, never as
 * markup, and bidi-isolated, so that direction controls in it stay inside it.
 */
export async function InquiryAnswers({ locale, detail, organisation, reading }: { locale: Locale; detail: InquiryDetail; organisation: string; reading?: Reading }) {
  const t = await getTranslations();
  const names = await organisationLabels(locale);
  const i = detail.inquiry;
  // Before its organisation accepts, a partner gets no contact person (never loaded: lib/casework/staff-detail.ts).
  const c = detail.contact;
  const contactRows: [string, ReactNode][] = c
    ? [
        [
          t("admin.detail.fields.contact"),
          <span key="contact">
            <NameWithLatin name={c.name} latin={c.nameLatin} lang={i.locale} />
            {c.role && (
              <>
                , <bdi lang={i.locale}>{c.role}</bdi>
              </>
            )}
          </span>,
        ],
        [t("admin.detail.fields.contactEmail"), c.email],
        [t("admin.detail.fields.contactPhone"), displayPhone(c.phone)],
      ]
    : i.anonymisedAt
      ? []
      : [[t("admin.detail.fields.contact"), <span key="contact" className="text-muted" data-testid="contact-withheld">{t("admin.contact.withheld", { organisation })}</span>]];
  const yesNo = (v: boolean) => t(v ? "admin.detail.fields.yes" : "admin.detail.fields.no");
  // A choice shows as its label; a code the form no longer offers shows as stored.
  const choice = (options: readonly string[], key: string, value: string | null) =>
    value && options.includes(value) ? t(`inquiry.options.${key}.${value}` as never) : value;
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const rows: [string, ReactNode][] = [
    [t("admin.detail.fields.direction"), t(`catalog.directions.${i.direction}`)],
    [t("admin.detail.fields.companyName"), i.companyName && <NameWithLatin key="company" name={i.companyName} latin={i.companyNameLatin} lang={i.locale} />],
    [t("admin.detail.fields.website"), i.website],
    [t("admin.detail.fields.hq"), <span key="hq">
        <bdi lang={i.locale}>{i.hqCity}</bdi>
        {i.hqCountry && <>, <bdi>{countryName(i.hqCountry, locale)}</bdi></>}
      </span>],
    [t("admin.detail.fields.sizeBand"), choice(SIZE_BANDS, "sizeBand", i.sizeBand)],
    [t("admin.detail.fields.foundedYear"), i.foundedYear?.toString()],
    [t("admin.detail.fields.isStartup"), yesNo(i.isStartup)],
    [t("admin.detail.fields.sectors"), joinList(i.sectors.filter(isSector).map((s) => t(`catalog.sectors.${s}`)), locale)],
    [t("admin.detail.fields.supportNeeds"), joinList(i.supportNeeds.filter(isSupportService).map((s) => t(`catalog.services.${s}`)), locale)],
    [t("admin.detail.fields.timeline"), choice(TIMELINES, "timeline", i.timeline)],
    [t("admin.detail.fields.plannedInvestment"), choice(INVESTMENT_BANDS, "investment", i.plannedInvestment)],
    [t("admin.detail.fields.plannedJobs"), i.plannedJobs?.toString()],
    [t("admin.detail.fields.preferred"), joinList(i.preferences.map((p) => names.municipality(p.organisation)), locale)],
    ...contactRows,
    [t("admin.detail.fields.locale"), languageName(i.locale, locale)],
    [t("admin.detail.fields.replyLocale"), languageName(i.replyLocale, locale)],
    [t("admin.detail.fields.consent"), withAside(when.format(i.consentedAt), i.privacyNoticeVersion, locale)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="wrap-anywhere">{typeof value === "string" ? <bdi>{value}</bdi> : value}</dd>
          </div>
        ))}
      <dt className="font-semibold">{t("admin.detail.fields.description")}</dt>
      {reading ? (
        <dd className="min-w-0">
          <TranslatedText reading={reading} source="DESCRIPTION" sourceId={i.id} text={i.description} lang={i.locale} />
        </dd>
      ) : (
        <dd lang={i.locale} className="whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">{i.description}</dd>
      )}
    </dl>
  );
}
