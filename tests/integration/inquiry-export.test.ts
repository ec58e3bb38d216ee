// The inbox download (issue #21): labelled columns and words in the reader's language,
// Berlin times, CSV with a byte-order mark and the separator the reader's Excel expects,
// or XLSX with dates and numbers; formulas stay text.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db/client";
import { berlinWallClock, EXPORT_COLUMNS, inquiriesCsvStream, inquiriesXlsxStream, neutraliseFormula } from "@/lib/casework/export-csv";
import { inquiryFilterSql } from "@/lib/casework/filters";
import { seed } from "@/prisma/seed/index";

const gateway = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: false };
/** The 1-based spreadsheet column of an export column. */
const column = (key: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(key) + 1;
let marked = { reference: "", submittedAt: new Date() };

/** The bytes as text, keeping a byte-order mark (Response.text() would drop it). */
async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  await seed(db(), { demo: true, now: new Date("2026-11-23T10:00:00Z") });
  const any = await db().inquiry.findFirstOrThrow({ where: { locale: "ja" } });
  // 23 March 2026, 23:30 UTC is already the 24th, 00:30, in Berlin (winter time); a size Excel would take for a date.
  await db().inquiry.update({
    where: { id: any.id },
    data: { contactRole: "=HYPERLINK(\"http://evil.example\")", description: "一行目\n二行目, \"引用\"", submittedAt: new Date("2026-03-23T23:30:00Z"), sizeBand: "10-49", isStartup: true, direction: "TOKYO_TO_NRW", status: "NEW" },
  });
  marked = { reference: any.reference, submittedAt: new Date("2026-03-23T23:30:00Z") };
});

describe("CSV export", () => {
  it("in German: BOM, semicolons, German headers and words, Berlin times, the size as words", async () => {
    const text = await read(inquiriesCsvStream(inquiryFilterSql(gateway, {})!, "de"));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toHaveLength(EXPORT_COLUMNS.length);
    expect(Object.keys(rows[0]!).slice(0, 4)).toEqual(["Aktenzeichen", "Eingegangen (Berliner Zeit)", "Status", "Richtung"]);
    expect(rows).toHaveLength(await db().inquiry.count());
    const japanese = rows.find((r) => r.Aktenzeichen === marked.reference)!;
    expect(japanese).toMatchObject({
      "Eingegangen (Berliner Zeit)": "2026-03-24 00:30",
      Status: "Neu",
      Beschäftigte: "10 bis 49",
      "Start-up": "Ja",
      Beschreibung: "一行目\n二行目, \"引用\"",
      Funktion: "'=HYPERLINK(\"http://evil.example\")",
      "Land des Hauptsitzes": "Japan",
    });
    expect(japanese.Richtung).not.toMatch(/TOKYO_TO_NRW/);
  });

  it("in Japanese with commas on request; exports only what the filter selects", async () => {
    const text = await read(inquiriesCsvStream(inquiryFilterSql(gateway, { status: "CLOSED" })!, "ja", "comma"));
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await db().inquiry.count({ where: { status: "CLOSED" } }));
    expect(new Set(rows.map((r) => r["状況"]))).toEqual(new Set(["完了"]));
  });

  it("keeps cells that look like formulas as text", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+49 211 1234567")).toBe("'+49 211 1234567");
    expect(neutraliseFormula("Sakura Robotics")).toBe("Sakura Robotics");
  });
});

describe("XLSX export", () => {
  it("opens with labelled columns in the UI language, Berlin times as dates and numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(inquiriesXlsxStream(inquiryFilterSql(gateway, {})!, "ja")).arrayBuffer());
    const sheet = workbook.getWorksheet("お問い合わせ")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["受付番号", "受付日時（ベルリン時間）", "状況", "方向"]);
    expect(sheet.rowCount).toBe((await db().inquiry.count()) + 1);
    let found = 0;
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(1).value !== marked.reference) return;
      found++;
      expect(row.getCell(2).value).toEqual(new Date("2026-03-24T00:30:00Z"));
      expect(row.getCell(2).numFmt).toBe("yyyy-mm-dd hh:mm");
      expect(row.getCell(3).value).toBe("新規");
      expect(row.getCell(column("sizeBand")).value).toBe("10～49人");
      expect(row.getCell(column("contactRole")).value).toBe("'=HYPERLINK(\"http://evil.example\")");
    });
    expect(found).toBe(1);
    const jobs: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && row.getCell(column("plannedJobs")).value !== null && jobs.push(row.getCell(column("plannedJobs")).value));
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((j) => typeof j === "number")).toBe(true);
  });

  it("carries Berlin wall-clock time across the change to summer time", () => {
    expect(berlinWallClock(new Date("2026-03-29T00:30:00Z")).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(berlinWallClock(new Date("2026-03-29T01:30:00Z")).toISOString()).toBe("2026-03-29T03:30:00.000Z");
  });
});
