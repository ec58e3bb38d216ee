// Fills a database with `count` inquiries in one SQL statement per table
// (generate_series), spread over two years, in German, Japanese and English,
// at every point of the workflow, with assignments, preferences and timeline
// events, so that the inbox's filters, holder column and SLA have real work.
// Works with or without extra indexes (e.g. pg_trgm) on Inquiry.
import { DIRECTIONS, GATEWAY_SLUG, MUNICIPALITY_SLUGS, SECTORS, SIZE_BANDS, SUPPORT_SERVICES, TIMELINES, TOKYO_PARTNER_SLUG } from "../lib/domain/catalog.ts";
import { PRIVACY_NOTICE_VERSION } from "../lib/inquiries/schema.ts";

/** A Japanese word that occurs in about one inquiry in 25 (Japanese descriptions only). */
export const JAPANESE_SEARCH_WORD = "協働ロボット";

const COMPANIES: Record<"de" | "ja" | "en", string[]> = {
  de: ["Rheinmetall Präzisionstechnik GmbH", "Ruhr Wasserstoff AG", "Niederrhein Logistik KG", "Bergische Werkzeug GmbH", "Köln Digital Labs GmbH", "Eifel Lebensmittel GmbH", "Sauerland Materials GmbH"],
  ja: ["株式会社サクラロボティクス", "東京水素エネルギー株式会社", "株式会社みなとロジスティクス", "富士マテリアル株式会社", "株式会社あおばヘルスケア", "青山デジタル株式会社", "株式会社ひかり食品"],
  en: ["Tokyo Green Mobility Ltd.", "Shibuya Cloud Systems Inc.", "Pacific Biotech Ltd.", "Harbor Analytics Inc.", "Kanto Creative Studio Ltd.", "Northstar Materials Inc.", "Bluewave Energy Ltd."],
};

const DESCRIPTIONS: Record<"de" | "ja" | "en", string[]> = {
  de: [
    "Wir entwickeln Sensorik für die Qualitätsprüfung in der Lebensmittelindustrie und suchen Vertriebspartner sowie Kontakte zu Forschungseinrichtungen in Tokyo.",
    "Unser Unternehmen plant eine Niederlassung in Tokyo, um japanische Automobilzulieferer direkt zu betreuen. Wir brauchen Unterstützung bei der Gründung.",
    "Wir suchen einen Partner für ein gemeinsames Forschungsprojekt zu Wasserstoffspeichern und möchten Hochschulen in Japan kennenlernen.",
    "Als Logistikdienstleister wollen wir japanische Kunden beim Markteintritt in Europa begleiten und suchen Kontakte zu Verbänden.",
  ],
  ja: [
    "当社は、食品工場の包装ラインで人と並んで作業できる協働ロボットを開発しています。NRW州に販売・サービス拠点を設けたいと考えています。",
    "水素燃料電池の部材を製造しており、ドイツの自動車メーカーとの共同研究を希望しています。拠点候補地の情報をお願いします。",
    "物流倉庫向けの在庫管理システムを提供しています。欧州進出にあたり、現地のパートナー企業と補助金制度について相談したいです。",
    "医療機器の輸出を計画しており、ドイツでの認証手続きと販売代理店の紹介を希望しています。",
    "環境技術の分野でスタートアップとして活動しています。ケルンやデュッセルドルフでの展示会に参加したいと考えています。",
    "素材メーカーとして、NRW州の大学と新素材の共同研究を行いたいと考えています。研究者の紹介をお願いします。",
    "デジタル分野のソフトウェア企業です。デュッセルドルフの日系企業コミュニティとつながりたいです。",
    "食品の輸出拡大を目指しています。ドイツの小売業者と物流パートナーを探しています。",
  ],
  en: [
    "We build battery management software and want to open a sales office in North Rhine-Westphalia to serve European carmakers.",
    "Our start-up develops materials for lightweight construction and is looking for research partners at universities in NRW.",
    "We would like to meet logistics companies in Duisburg and learn about funding for a first warehouse in Germany.",
    "We plan to hire five engineers in Germany within a year and need advice on visas and relocation for our Japanese staff.",
  ],
};

const CITIES: Record<"de" | "ja" | "en", [string, string][]> = {
  de: [["Düsseldorf", "DE"], ["Köln", "DE"], ["Essen", "DE"], ["Aachen", "DE"]],
  ja: [["東京都港区", "JP"], ["東京都千代田区", "JP"], ["横浜市", "JP"], ["大阪市", "JP"]],
  en: [["Tokyo", "JP"], ["Kawasaki", "JP"], ["Düsseldorf", "DE"], ["Bochum", "DE"]],
};

const PEOPLE: Record<"de" | "ja" | "en", string[]> = {
  de: ["Anna Schneider", "Jonas Becker", "Miriam Yilmaz", "Thomas Wagner"],
  ja: ["山田 花子", "佐藤 健", "鈴木 美咲", "高橋 翔"],
  en: ["Emily Tanaka", "Daniel Ito", "Sarah Nakamura", "Kenji Walker"],
};

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const textArray = (items: readonly string[]) => `ARRAY[${items.map(quote).join(", ")}]::text[]`;
/** `list[expr mod len]` in SQL (arrays are 1-based). */
const pick = (items: readonly string[], expr: string) => `(${textArray(items)})[1 + ((${expr}) % ${items.length})]`;
const byLocale = (values: Record<"de" | "ja" | "en", string>) => `CASE loc WHEN 'de' THEN ${values.de} WHEN 'ja' THEN ${values.ja} ELSE ${values.en} END`;

/**
 * SQL that adds inquiries 1..count (ids derived from the number, so reruns are
 * rejected by the primary key rather than doubling the data). Needs the seeded organisations.
 */
export function inboxFillSql(count: number): string {
  const n = Math.floor(count);
  if (!(n > 0)) throw new Error("inboxFillSql: count must be positive");
  const sectorCount = SECTORS.length;
  // Row i is older the smaller i is: span of two years, newest a few minutes old.
  const base = `
    SELECT i,
      (ARRAY['de','ja','en'])[1 + i % 3] AS loc,
      ${pick(DIRECTIONS, "i / 3")} AS dir,
      now() - make_interval(mins => ((${n} - i)::bigint * 1051200 / ${n})::int + 5) AS at,
      ((${n} - i)::bigint * 730 / ${n})::int AS age
    FROM generate_series(1, ${n}) AS i`;
  const status = `CASE
      WHEN age > 150 THEN CASE WHEN i % 5 = 0 THEN 'IN_PROGRESS' ELSE 'CLOSED' END
      WHEN age > 70 THEN (ARRAY['IN_PROGRESS','ACCEPTED','CLOSED'])[1 + i % 3]
      WHEN age > 20 THEN (ARRAY['FORWARDED','ACCEPTED','TRIAGED','IN_PROGRESS'])[1 + i % 4]
      ELSE CASE WHEN i % 3 = 0 THEN 'TRIAGED' ELSE 'NEW' END END`;
  const rows = `
    WITH base AS (${base}),
    r AS (SELECT *, (${status})::"InquiryStatus" AS st, md5('bench-inquiry-' || i)::uuid AS iid,
                 CASE WHEN dir = 'NRW_TO_TOKYO' THEN ${quote(TOKYO_PARTNER_SLUG)} ELSE ${pick(MUNICIPALITY_SLUGS, "i / 7")} END AS receiver
          FROM base)`;
  const reached = (step: string) =>
    `array_position(ARRAY['NEW','TRIAGED','FORWARDED','ACCEPTED','IN_PROGRESS','CLOSED'], st::text) >= array_position(ARRAY['NEW','TRIAGED','FORWARDED','ACCEPTED','IN_PROGRESS','CLOSED'], '${step}')`;
  const gateway = `(SELECT id FROM "Organisation" WHERE slug = ${quote(GATEWAY_SLUG)})`;
  const org = (slugExpr: string) => `(SELECT id FROM "Organisation" WHERE slug = ${slugExpr})`;

  return `
BEGIN;
${rows}
INSERT INTO "Inquiry" (id, reference, "referenceYear", "referenceSeq", direction, status, locale, "replyLocale",
  "companyName", "companyNameLatin", website, "hqCity", "hqCountry", "sizeBand", "foundedYear", "isStartup", sectors, "supportNeeds",
  timeline, "plannedInvestment", "plannedJobs", description, "contactName", "contactRole", "contactEmail", "contactPhone",
  "privacyNoticeVersion", "consentedAt", "idempotencyKey", "submittedAt", "firstResponseAt", "closedAt", outcome, "updatedAt")
SELECT iid, 'NT-' || extract(year FROM at)::int || '-' || lpad(i::text, 6, '0'), extract(year FROM at)::int, i, dir::"Direction", st, loc, loc,
  ${byLocale({ de: pick(COMPANIES.de, "i / 3"), ja: pick(COMPANIES.ja, "i / 3"), en: pick(COMPANIES.en, "i / 3") })} || ' ' || (i % 997),
  CASE WHEN loc = 'ja' THEN 'Bench Company ' || i ELSE NULL END,
  CASE WHEN i % 4 = 0 THEN NULL ELSE 'https://company-' || i || '.example.org' END,
  ${byLocale({ de: pick(CITIES.de.map((c) => c[0]), "i / 5"), ja: pick(CITIES.ja.map((c) => c[0]), "i / 5"), en: pick(CITIES.en.map((c) => c[0]), "i / 5") })},
  ${byLocale({ de: pick(CITIES.de.map((c) => c[1]), "i / 5"), ja: pick(CITIES.ja.map((c) => c[1]), "i / 5"), en: pick(CITIES.en.map((c) => c[1]), "i / 5") })},
  ${pick(SIZE_BANDS, "i / 11")}, CASE WHEN i % 3 = 0 THEN NULL ELSE 1950 + i % 75 END, i % 4 = 1,
  CASE WHEN i % 3 = 0 THEN ARRAY[${pick(SECTORS, "i")}]
       ELSE ARRAY[${pick(SECTORS, "i")}, ${pick(SECTORS, `i + 1 + (i / ${sectorCount}) % ${sectorCount - 1}`)}] END,
  ARRAY[${pick(SUPPORT_SERVICES, "i / 2")}],
  ${pick(TIMELINES, "i / 13")}, CASE WHEN i % 2 = 0 THEN '250k-1m' ELSE NULL END, CASE WHEN i % 2 = 0 THEN i % 40 ELSE NULL END,
  ${byLocale({ de: pick(DESCRIPTIONS.de, "i / 3"), ja: pick(DESCRIPTIONS.ja, "i / 3"), en: pick(DESCRIPTIONS.en, "i / 3") })},
  ${byLocale({ de: pick(PEOPLE.de, "i / 17"), ja: pick(PEOPLE.ja, "i / 17"), en: pick(PEOPLE.en, "i / 17") })},
  NULL, 'contact-' || i || '@example.org', '+49 211 ' || lpad((i % 10000000)::text, 7, '0'),
  ${quote(PRIVACY_NOTICE_VERSION)}, at, 'bench-' || iid::text, at,
  CASE WHEN ${reached("TRIAGED")} THEN at + make_interval(days => 1 + i % 4) END,
  CASE WHEN st = 'CLOSED' THEN at + interval '45 days' END,
  CASE WHEN st = 'CLOSED' THEN (ARRAY['settled','partnership','referred','paused','no-fit','no-answer'])[1 + i % 6] END,
  at
FROM r;

${rows}
INSERT INTO "InquiryPreference" ("inquiryId", "organisationId")
SELECT iid, ${org("receiver")} FROM r WHERE dir = 'TOKYO_TO_NRW' AND i % 2 = 0;

${rows}
INSERT INTO "Assignment" (id, "inquiryId", "organisationId", state, "assignedAt", "respondedAt", "closedAt")
SELECT md5('bench-gateway-' || i)::uuid, iid, ${gateway},
  (CASE WHEN st = 'NEW' THEN 'PENDING' WHEN st = 'CLOSED' THEN 'CLOSED' ELSE 'ACCEPTED' END)::"AssignmentState",
  at, CASE WHEN st <> 'NEW' THEN at + interval '1 day' END, CASE WHEN st = 'CLOSED' THEN at + interval '45 days' END
FROM r
UNION ALL
SELECT md5('bench-receiver-' || i)::uuid, iid, ${org("receiver")},
  (CASE WHEN st = 'FORWARDED' THEN 'PENDING' WHEN st = 'CLOSED' THEN 'CLOSED' ELSE 'ACCEPTED' END)::"AssignmentState",
  at + interval '2 days', CASE WHEN st <> 'FORWARDED' THEN at + interval '3 days' END, CASE WHEN st = 'CLOSED' THEN at + interval '45 days' END
FROM r WHERE ${reached("FORWARDED")};

${rows}
INSERT INTO "InquiryEvent" ("inquiryId", type, "actorOrganisationId", "targetOrganisationId", data, "createdAt")
SELECT iid, e.type::"InquiryEventType", e.actor, e.target, e.data::jsonb, e.at FROM r
CROSS JOIN LATERAL (VALUES
  ('SUBMITTED', NULL::uuid, NULL::uuid, json_build_object('locale', loc)::text, at, true),
  ('ROUTED_TO_GATEWAY', NULL, ${gateway}, '{}', at, true),
  ('TRIAGED', ${gateway}, NULL, '{}', at + interval '1 day', ${reached("TRIAGED")}),
  ('FORWARDED', ${gateway}, ${org("receiver")}, '{}', at + interval '2 days', ${reached("FORWARDED")}),
  ('ACCEPTED', ${org("receiver")}, NULL, '{}', at + interval '3 days', ${reached("ACCEPTED")}),
  ('CLOSED', ${org("receiver")}, NULL, '{}', at + interval '45 days', st = 'CLOSED')
) AS e(type, actor, target, data, at, applies)
WHERE e.applies;

INSERT INTO "ReferenceCounter" (year, last)
SELECT "referenceYear", max("referenceSeq") FROM "Inquiry" GROUP BY "referenceYear"
ON CONFLICT (year) DO UPDATE SET last = greatest("ReferenceCounter".last, excluded.last);
COMMIT;
`;
}
