import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db/client";
import { CSV_COLUMNS, inquiriesCsvStream, neutraliseFormula } from "@/lib/casework/export-csv";
import { inquiryFilterSql } from "@/lib/casework/filters";
import { seed } from "@/prisma/seed/index";

const gateway = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: false };

/** The bytes as text, keeping a byte-order mark (Response.text() would drop it). */
async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  await seed(db(), { demo: true, now: new Date("2026-11-23T10:00:00Z") });
  const any = await db().inquiry.findFirstOrThrow({ where: { locale: "ja" } });
  await db().inquiry.update({ where: { id: any.id }, data: { contactRole: "=HYPERLINK(\"http://evil.example\")", description: "一行目\n二行目, \"引用\"" } });
});

describe("CSV export", () => {
  it("starts with a byte-order mark and the header, then one row per inquiry with the full text", async () => {
    const text = await read(inquiriesCsvStream(inquiryFilterSql(gateway, {})!));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(await db().inquiry.count());
    const japanese = rows.find((r) => r.description === "一行目\n二行目, \"引用\"");
    expect(japanese).toBeDefined();
    expect(japanese!.contact_role).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  it("exports only what the filter selects", async () => {
    const text = await read(inquiriesCsvStream(inquiryFilterSql(gateway, { status: "CLOSED" })!));
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await db().inquiry.count({ where: { status: "CLOSED" } }));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["CLOSED"]));
  });

  it("keeps cells that look like formulas as text", () => {
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("+49 211 1234567")).toBe("'+49 211 1234567");
    expect(neutraliseFormula("Sakura Robotics")).toBe("Sakura Robotics");
  });
});
