// The programme report (issue #21) on a fixture worked out by hand: exact figures for
// the third quarter of 2026 and the second as its comparison, the inbox counting the
// same inquiries, small cells suppressed (with their complements), the partner medians
// in the partner's own calendar, past periods unchanged by anonymisation and erasure,
// no applicant's data in any of it, and the downloads read back.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countInquiries, inquiryFilterSql } from "@/lib/casework/filters";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportCsv, reportXlsx } from "@/lib/reporting/export";
import { parseReportPeriod, quarterPeriod } from "@/lib/reporting/period";
import { loadReport, type ProgrammeReport } from "@/lib/reporting/report";
import { reportTables } from "@/lib/reporting/tables";
import { reportTranslator } from "@/lib/reporting/view";
import { NO_DATA } from "@/lib/domain/suppression";
import { seedOrganisations } from "@/prisma/seed/index";
import type { Translate } from "@/lib/i18n/translator";

const gateway = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: true };
const Q3 = quarterPeriod(2026, 3);
const Q2 = quarterPeriod(2026, 2);
let org: Record<string, string> = {};
let ids: Record<string, string> = {};

type Spec = {
  ref: string;
  at: string;
  direction?: Prisma.InquiryCreateManyInput["direction"];
  size?: string;
  startup?: boolean;
  country?: string;
  sectors?: string[];
  answeredAt?: string;
  closed?: { at: string; outcome: string; jobs?: number; investment?: string };
};

// Q3 2026 (Berlin is UTC+2): 6 Tokyo→NRW and 4 NRW→Tokyo; sizes 1-9 ×2, 10-49 ×5, 50-249 ×3;
// 4 start-ups; JP 6, DE 3, FR 1; digital 5, energy 2, food 3.
const Q3_INQUIRIES: Spec[] = [
  { ref: "NT-2026-80001", at: "2026-07-06T08:00:00Z", size: "1-9", startup: true, country: "JP", sectors: ["digital", "food"], answeredAt: "2026-07-08T09:00:00Z" },
  { ref: "NT-2026-80002", at: "2026-07-13T08:00:00Z", size: "1-9", startup: true, country: "JP", sectors: ["digital"], answeredAt: "2026-07-17T09:00:00Z" },
  { ref: "NT-2026-80003", at: "2026-07-20T08:00:00Z", size: "10-49", startup: true, country: "JP", sectors: ["digital", "energy"], answeredAt: "2026-07-21T09:00:00Z" },
  { ref: "NT-2026-80004", at: "2026-08-03T08:00:00Z", size: "10-49", startup: true, country: "JP", sectors: ["digital"],
    closed: { at: "2026-09-10T10:00:00Z", outcome: "settled", jobs: 10, investment: "1m-5m" } },
  { ref: "NT-2026-80005", at: "2026-08-04T08:00:00Z", size: "10-49", country: "JP", sectors: ["digital"],
    closed: { at: "2026-09-11T10:00:00Z", outcome: "settled", jobs: 20, investment: "1m-5m" } },
  { ref: "NT-2026-80006", at: "2026-08-05T08:00:00Z", size: "10-49", country: "JP", sectors: ["energy"], closed: { at: "2026-09-14T10:00:00Z", outcome: "partnership", jobs: 4 } },
  { ref: "NT-2026-80007", at: "2026-08-06T08:00:00Z", direction: "NRW_TO_TOKYO", size: "10-49", country: "DE", sectors: ["food"], closed: { at: "2026-09-15T10:00:00Z", outcome: "no-fit" } },
  { ref: "NT-2026-80008", at: "2026-09-01T08:00:00Z", direction: "NRW_TO_TOKYO", size: "50-249", country: "DE", sectors: ["food"], closed: { at: "2026-09-16T10:00:00Z", outcome: "no-fit" } },
  { ref: "NT-2026-80009", at: "2026-09-02T08:00:00Z", direction: "NRW_TO_TOKYO", size: "50-249", country: "DE", sectors: ["machinery"] },
  // 30 September 23:30 in Berlin is still in Q3 (21:30 UTC).
  { ref: "NT-2026-80010", at: "2026-09-30T21:30:00Z", direction: "NRW_TO_TOKYO", size: "50-249", country: "FR", sectors: ["machinery"] },
];
// Q2: three Tokyo→NRW, closed in Q3 (one settled with jobs and a band, two no-fit).
const Q2_INQUIRIES: Spec[] = [
  { ref: "NT-2026-80011", at: "2026-04-14T08:00:00Z", closed: { at: "2026-07-01T10:00:00Z", outcome: "settled", jobs: 5, investment: "1m-5m" } },
  { ref: "NT-2026-80012", at: "2026-05-14T08:00:00Z", closed: { at: "2026-07-02T10:00:00Z", outcome: "no-fit" } },
  { ref: "NT-2026-80013", at: "2026-06-14T08:00:00Z", closed: { at: "2026-07-03T10:00:00Z", outcome: "no-fit" } },
];
// 1 October 00:30 in Berlin (30 September 22:30 UTC): Q4, counted nowhere here.
const LATER: Spec[] = [{ ref: "NT-2026-80014", at: "2026-09-30T22:30:00Z", direction: "NRW_TO_TOKYO" }];
const ALL = [...Q3_INQUIRIES, ...Q2_INQUIRIES, ...LATER];

const PERSONAL = ["Fixture Company", "Contact Person", "contact80001@example.org", "Private plans of", "+49 201 555"];

function inquiryRow(spec: Spec, seq: number): Prisma.InquiryCreateManyInput {
  return {
    reference: spec.ref, referenceYear: 2026, referenceSeq: 80_000 + seq, direction: spec.direction ?? "TOKYO_TO_NRW",
    status: spec.closed ? "CLOSED" : "TRIAGED", locale: "ja", replyLocale: "ja",
    companyName: `Fixture Company ${seq}`, hqCity: "Tokyo", hqCountry: spec.country ?? "JP", sizeBand: spec.size ?? "10-49",
    isStartup: spec.startup ?? false, sectors: spec.sectors ?? ["digital"], supportNeeds: ["matching"], timeline: "6-12",
    description: `Private plans of company ${seq}.`, contactName: `Contact Person ${seq}`, contactEmail: `contact${80_000 + seq}@example.org`,
    contactPhone: "+49 201 555000", privacyNoticeVersion: "2026-11", consentedAt: new Date(spec.at), submittedAt: new Date(spec.at),
    firstResponseAt: spec.answeredAt ? new Date(spec.answeredAt) : null,
    closedAt: spec.closed ? new Date(spec.closed.at) : null, outcome: spec.closed?.outcome ?? null,
    outcomeSummary: spec.closed ? `Summary naming Contact Person ${seq}` : null,
    outcomeFigures: spec.closed && (spec.closed.jobs !== undefined || spec.closed.investment)
      ? { ...(spec.closed.jobs !== undefined ? { jobs: spec.closed.jobs } : {}), ...(spec.closed.investment ? { investment: spec.closed.investment } : {}) }
      : undefined,
  };
}

type Forward = { ref: string; slug: string; at: string; state: "PENDING" | "ACCEPTED" | "RETURNED" | "WITHDRAWN" | "CLOSED"; respondedAt?: string; messageAt?: string };
// Essen in Q3: 3 accepted (1, 2 and 3 NRW business days), 1 returned, 1 pending. Köln: 1 withdrawn.
// The Tokyo partner: Friday 17 July (Tokyo) to Tuesday 21 July is 1 business day in Japan (Monday
// 20 July is Marine Day) but 2 in NRW; its median to accept is 1, to the first message 3.
const FORWARDS: Forward[] = [
  { ref: "NT-2026-80001", slug: "essen", at: "2026-07-06T09:00:00Z", state: "ACCEPTED", respondedAt: "2026-07-07T09:00:00Z" },
  { ref: "NT-2026-80002", slug: "essen", at: "2026-07-13T09:00:00Z", state: "CLOSED", respondedAt: "2026-07-15T09:00:00Z" },
  { ref: "NT-2026-80003", slug: "essen", at: "2026-07-20T09:00:00Z", state: "ACCEPTED", respondedAt: "2026-07-23T09:00:00Z" },
  { ref: "NT-2026-80004", slug: "essen", at: "2026-08-03T09:00:00Z", state: "RETURNED", respondedAt: "2026-08-04T09:00:00Z" },
  { ref: "NT-2026-80005", slug: "essen", at: "2026-08-04T09:00:00Z", state: "PENDING" },
  { ref: "NT-2026-80006", slug: "koeln", at: "2026-08-05T09:00:00Z", state: "WITHDRAWN" },
  { ref: "NT-2026-80001", slug: "tokyo-partner", at: "2026-07-17T01:00:00Z", state: "ACCEPTED", respondedAt: "2026-07-21T01:00:00Z", messageAt: "2026-07-22T01:00:00Z" },
  { ref: "NT-2026-80002", slug: "tokyo-partner", at: "2026-07-17T01:00:00Z", state: "ACCEPTED", respondedAt: "2026-07-21T02:00:00Z", messageAt: "2026-07-23T01:00:00Z" },
  { ref: "NT-2026-80003", slug: "tokyo-partner", at: "2026-07-06T01:00:00Z", state: "ACCEPTED", respondedAt: "2026-07-09T01:00:00Z", messageAt: "2026-07-10T01:00:00Z" },
  // Q2: two forwards to Essen.
  { ref: "NT-2026-80011", slug: "essen", at: "2026-04-15T09:00:00Z", state: "CLOSED", respondedAt: "2026-04-16T09:00:00Z" },
  { ref: "NT-2026-80012", slug: "essen", at: "2026-05-15T09:00:00Z", state: "RETURNED", respondedAt: "2026-05-18T09:00:00Z" },
];

beforeAll(async () => {
  await seedOrganisations(db());
  org = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  await db().inquiry.createMany({ data: ALL.map((spec, i) => inquiryRow(spec, i + 1)) });
  ids = Object.fromEntries((await db().inquiry.findMany({ select: { id: true, reference: true } })).map((r) => [r.reference, r.id]));
  await db().assignment.createMany({
    data: FORWARDS.map((f) => ({
      inquiryId: ids[f.ref]!, organisationId: org[f.slug]!, state: f.state, assignedAt: new Date(f.at),
      respondedAt: f.respondedAt ? new Date(f.respondedAt) : null, note: "Internal note naming Contact Person",
    })),
  });
  await db().inquiryMessage.createMany({
    data: FORWARDS.filter((f) => f.messageAt).map((f) => ({
      inquiryId: ids[f.ref]!, direction: "OUTBOUND" as const, organisationId: org[f.slug]!, locale: "ja", body: "Private plans of the company, answered", createdAt: new Date(f.messageAt!),
    })),
  });
  const webinar = await db().informationEvent.create({ data: { slug: "report-webinar", startsAt: new Date("2026-08-10T08:00:00Z"), endsAt: new Date("2026-08-10T09:00:00Z"), format: "ONLINE" } });
  // Two confirmed registrations count; the waiting list and a cancelled one do not.
  await db().eventRegistration.createMany({
    data: (["CONFIRMED", "CONFIRMED", "WAITING", "CANCELLED"] as const).map((status, i) => ({
      eventId: webinar.id, status, name: `Contact Person ${i}`, company: "Fixture Company", email: `contact8010${i}@example.org`, locale: "ja", direction: "TOKYO_TO_NRW" as const,
      consentVersion: "2026-11", consentAt: new Date("2026-08-01T08:00:00Z"), idempotencyKey: `report-registration-${i}`, cancelToken: `report-cancel-${i}`,
    })),
  });
});

const cells = (rows: { key: string; current: number | null }[]) => Object.fromEntries(rows.map((r) => [r.key, r.current]));

describe("the figures of the third quarter of 2026", () => {
  let report: ProgrammeReport;
  beforeAll(async () => {
    report = await loadReport(Q3);
  });

  it("counts what came in per direction, with the second quarter to compare and the reciprocity", () => {
    expect(report.previous).toMatchObject({ kind: "quarter", from: "2026-04-01", to: "2026-06-30" });
    expect(report.received.byDirection.rows).toEqual([
      { key: "TOKYO_TO_NRW", current: 6, previous: 3 },
      { key: "NRW_TO_TOKYO", current: 4, previous: 0 },
      { key: "RESEARCH", current: 0, previous: 0 },
    ]);
    expect(report.received.total).toEqual({ current: 10, previous: 3 });
    expect(report.received.reciprocity).toBeCloseTo(4 / 6, 10);
  });

  it("equals the inbox's count for the same days, in total and per direction", async () => {
    const inbox = async (extra: object) => (await countInquiries(inquiryFilterSql(gateway, { from: Q3.from, to: Q3.to, ...extra })!)).count;
    expect(await inbox({})).toBe(report.received.total.current);
    for (const row of report.received.byDirection.rows) expect(await inbox({ direction: row.key })).toBe(row.current);
  });

  it("suppresses small cells and their complements in each breakdown of the companies", () => {
    // 1-9: 2 (small), 10-49: 5, 50-249: 3 (hidden with it, else 10 - 5 - 3 = 2 would tell).
    expect(cells(report.received.bySize.rows)).toEqual({ "1-9": null, "10-49": 5, "50-249": null, "250-999": 0, "1000+": 0 });
    expect(report.received.bySize.total.current).toBe(10);
    expect(cells(report.received.byStartup.rows)).toEqual({ startup: 4, established: 6 });
    // FR: 1 (small), DE: 3 hidden with it; JP: 6.
    expect(report.received.byCountry.rows.map((r) => [r.key, r.current])).toEqual([["JP", 6], ["DE", null], ["FR", null]]);
    // Sectors do not add up to a total (several per inquiry): only the small cells go.
    expect(cells(report.received.bySector.rows)).toMatchObject({ digital: 5, food: 3, energy: null, machinery: null, hydrogen: 0 });
  });

  it("gives the median business days to the first response (2 of 1, 2 and 4; no data for the comparison without answers)", () => {
    expect(report.received.firstResponse).toEqual({ answered: 3, medianDays: 2, previousMedianDays: NO_DATA });
  });

  it("counts forwards per partner with medians in the partner's own calendar", () => {
    const byPartner = Object.fromEntries(report.partners.map((p) => [p.slug, p]));
    // Essen: accepted 3, returned 1, pending 1: the two 1s are hidden, and the 3 with them.
    expect(byPartner.essen).toMatchObject({ forwarded: 5, accepted: null, returned: null, withdrawn: 0, unanswered: null, medianAcceptDays: 2, medianFirstMessageDays: NO_DATA, previousForwarded: null });
    expect(byPartner["tokyo-partner"]).toMatchObject({ forwarded: 3, accepted: 3, returned: 0, withdrawn: 0, unanswered: 0, medianAcceptDays: 1, medianFirstMessageDays: 3 });
    // Köln: a single withdrawn forward is hidden altogether; nothing was accepted, so its median is no data, not hidden.
    expect(byPartner.koeln).toMatchObject({ forwarded: null, accepted: 0, returned: 0, withdrawn: null, unanswered: 0, medianAcceptDays: NO_DATA, medianFirstMessageDays: NO_DATA });
    expect(byPartner["nrw-global-business"]).toBeUndefined();
  });

  it("counts the quarter's closes by outcome, whenever the inquiries came in, with planned jobs and investment bands", () => {
    // settled 3 (two of Q3, one of Q2), partnership 1 (small: settled hidden with it), no-fit 4.
    expect(cells(report.outcomes.rows)).toEqual({ settled: null, partnership: null, referred: 0, paused: 0, "no-fit": 4, "no-answer": 0, erased: 0, unrecorded: 0 });
    expect(report.outcomes.total).toEqual({ current: 8, previous: 0 });
    // Jobs: 10 + 20 + 5 + 4 over four closes; per outcome hidden (partnership's 4 stands alone).
    expect(report.outcomes.jobsTotal.current).toBe(39);
    expect(report.outcomes.jobs.every((j) => j.current === null)).toBe(true);
    expect(cells(report.investment.rows)).toEqual({ "lt-250k": 0, "250k-1m": 0, "1m-5m": 3, "5m-20m": 0, "gt-20m": 0 });
  });

  it("counts the events held and their confirmed registrations (not suppressed: counts per format name no one)", () => {
    expect(report.events.rows).toEqual([
      { key: "ONLINE", current: 1, previous: 0 },
      { key: "ONSITE", current: 0, previous: 0 },
      { key: "HYBRID", current: 0, previous: 0 },
    ]);
    expect(report.registrations.rows).toEqual([
      { key: "ONLINE", current: 2, previous: 0 },
      { key: "ONSITE", current: 0, previous: 0 },
      { key: "HYBRID", current: 0, previous: 0 },
    ]);
    expect(report.registrations.total).toEqual({ current: 2, previous: 0 });
  });

  it("never shows a count of 1 or 2 and never leaves a lone hidden cell beside a published total", () => {
    const additive = [report.received.byDirection, report.received.bySize, report.received.byStartup, report.received.byCountry, report.outcomes, report.investment];
    for (const b of [...additive, report.received.bySector]) {
      for (const r of b.rows) for (const v of [r.current, r.previous]) expect([1, 2]).not.toContain(v);
    }
    for (const b of additive) {
      for (const side of ["current", "previous"] as const) {
        const hidden = b.rows.filter((r) => r[side] === null).length;
        if (b.total[side] !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
      }
    }
    for (const p of report.partners) {
      for (const v of [p.forwarded, p.accepted, p.returned, p.withdrawn, p.unanswered, p.previousForwarded]) expect([1, 2]).not.toContain(v);
      const hidden = [p.accepted, p.returned, p.withdrawn, p.unanswered].filter((v) => v === null).length;
      if (p.forwarded !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it("holds no applicant's data, in the figures, the tables or the downloads", async () => {
    const t = translatorForReport("de");
    const tables = reportTables(report, t, "de");
    const meta = { title: "T", programme: "P", period: "Q3", previous: "Q2", asOf: "now", legend: "L", definitions: [] };
    const csv = reportCsv(tables, meta, t, "de");
    const xlsx = await reportXlsx(tables, meta, t);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const workbookText = workbook.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join("\n");
    for (const text of [JSON.stringify(report), JSON.stringify(tables), csv, workbookText]) {
      for (const personal of PERSONAL) expect(text).not.toContain(personal);
      expect(text).not.toMatch(/NT-2026-8\d{4}/);
    }
  });
});

/** The report's translator, as the page and the downloads use it. */
const translatorForReport = (locale: "de" | "ja") => translators[locale]!;
const translators: Partial<Record<"de" | "ja", Translate>> = {};
beforeAll(async () => {
  translators.de = await reportTranslator("de");
  translators.ja = await reportTranslator("ja");
});

describe("the downloads", () => {
  it("XLSX: one sheet per table, Japanese headers, counts as numbers, the suppressed mark as text", async () => {
    const t = translatorForReport("ja");
    const report = await loadReport(Q3);
    const meta = { title: "NRW–東京 事業報告", programme: "P", period: "2026年第3四半期", previous: "2026年第2四半期", asOf: "", legend: t("report.suppressed.legend"), definitions: ["定義"] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(reportTables(report, t, "ja"), meta, t)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["報告", "方向", "業種", "企業規模", "スタートアップ", "本社所在国", "パートナー", "結果", "投資予定額", "開催形式"]);
    const direction = workbook.getWorksheet("方向")!;
    expect(direction.getRow(2).values).toEqual([undefined, "方向", "報告期間", "比較期間"]);
    expect(direction.getRow(3).values).toEqual([undefined, "東京 → NRW州", 6, 3]);
    const size = workbook.getWorksheet("企業規模")!;
    expect(size.getRow(3).values).toEqual([undefined, "1～9人", "x", 0]);
    expect(size.getRow(4).getCell(2).value).toBe(5);
    expect(typeof size.getRow(4).getCell(2).value).toBe("number");
  });

  it("CSV in German: BOM, semicolons, labelled sizes that Excel cannot take for dates", async () => {
    const t = translatorForReport("de");
    const report = await loadReport(Q3);
    const meta = { title: "Programmbericht", programme: "P", period: "3. Quartal 2026", previous: "2. Quartal 2026", asOf: "", legend: "L", definitions: ["D"] };
    const csv = reportCsv(reportTables(report, t, "de"), meta, t, "de");
    expect(csv.startsWith("\uFEFFProgrammbericht\r\n")).toBe(true);
    const rows = parse(csv.slice(1), { delimiter: ";", relax_column_count: true }) as string[][];
    expect(rows).toContainEqual(["10 bis 49", "5", "3"]);
    expect(rows).toContainEqual(["1 bis 9", "x", "0"]);
    expect(rows).toContainEqual([t("catalog.directions.TOKYO_TO_NRW"), "6", "3"]);
    // Köln: hidden counts are x; its medians over no accepted or answered forward are "–" (no data), a different mark.
    const koeln = report.partners.find((p) => p.slug === "koeln")!.name;
    expect(rows.find((r) => r[0] === koeln)).toEqual([koeln, "x", "0", "0", "x", "0", "–", "–", "0"]);
    expect(t("report.noData.mark")).not.toBe(t("report.suppressed.mark"));
  });
});

describe("anonymisation and erasure", () => {
  it("leave the third quarter's report exactly as it was; an erased open inquiry closes on the day of the erasure", async () => {
    const before = await loadReport(Q3);
    const now = new Date("2026-12-02T10:00:00Z");
    for (const ref of ["NT-2026-80004", "NT-2026-80005", "NT-2026-80011"]) await anonymiseInquiry(db(), ids[ref]!, { ground: "retention", actor: null, now });
    // Erasure on request of three open Q3 inquiries: anonymised and closed today.
    for (const ref of ["NT-2026-80001", "NT-2026-80009", "NT-2026-80010"]) {
      await anonymiseInquiry(db(), ids[ref]!, { ground: "request", actor: { organisationId: org["nrw-global-business"]!, label: "Gateway" }, now, closeIfOpen: true });
    }
    expect(await loadReport(Q3)).toEqual(before);
    const q4 = await loadReport(quarterPeriod(2026, 4));
    expect(cells(q4.outcomes.rows)).toMatchObject({ erased: 3 });
  });
});

describe("the period", () => {
  it("is parsed from the URL and bounded", () => {
    expect(parseReportPeriod({ period: "2026-Q3" })).toEqual({ period: Q3 });
    expect(parseReportPeriod({ period: "2026" })).toEqual({ period: { kind: "year", year: 2026, from: "2026-01-01", to: "2026-12-31" } });
    expect(parseReportPeriod({ from: "2026-01-01" })).toEqual({ error: "periodOpen" });
    expect(parseReportPeriod({ from: "2026-01-01", to: "2027-06-30" })).toEqual({ error: "periodTooLong" });
    expect(Q2.to).toBe("2026-06-30");
  });
});

