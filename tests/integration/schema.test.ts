import { describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db/client";
import { allocateReference, takeReference } from "@/lib/inquiries/reference";
import { migrationStatus } from "@/lib/db/migration-status";

async function anInquiry(reference: string) {
  return db().inquiry.create({
    data: {
      reference,
      referenceYear: 2026,
      referenceSeq: Number(reference.slice(-5)),
      direction: "TOKYO_TO_NRW",
      locale: "ja",
      replyLocale: "ja",
      companyName: "株式会社テスト",
      hqCity: "東京都港区",
      hqCountry: "JP",
      sizeBand: "10-49",
      isStartup: true,
      timeline: "6-12",
      description: "テスト",
      contactName: "山田 花子",
      contactEmail: "hanako@example.jp",
      contactPhone: "+81 3 1234 5678",
      privacyNoticeVersion: "2026-01",
      consentedAt: new Date(),
    },
  });
}

describe("schema", () => {
  it("keeps the timeline append-only: an event cannot be changed", async () => {
    const inquiry = await anInquiry("NT-2026-90001");
    const event = await db().inquiryEvent.create({ data: { inquiryId: inquiry.id, type: "SUBMITTED" } });
    await expect(db().inquiryEvent.update({ where: { id: event.id }, data: { type: "CLOSED" } })).rejects.toThrow(/append-only/);
    expect((await db().inquiryEvent.findUniqueOrThrow({ where: { id: event.id } })).type).toBe("SUBMITTED");
  });

  it("lets an organisation hold an inquiry only once at a time", async () => {
    const inquiry = await anInquiry("NT-2026-90002");
    const org = await db().organisation.create({ data: { slug: "gw-test", kind: "GATEWAY", name: "Gateway", shortName: "GW" } });
    await db().assignment.create({ data: { inquiryId: inquiry.id, organisationId: org.id } });
    await expect(db().assignment.create({ data: { inquiryId: inquiry.id, organisationId: org.id } })).rejects.toThrow();
    await db().assignment.updateMany({ where: { inquiryId: inquiry.id }, data: { state: "RETURNED" } });
    await expect(db().assignment.create({ data: { inquiryId: inquiry.id, organisationId: org.id } })).resolves.toBeTruthy();
  });

  it("hands out gapless, unique references inside concurrent transactions (the seed)", async () => {
    const at = new Date("2032-03-01T00:00:00Z");
    const refs = await Promise.all(
      Array.from({ length: 10 }, () => db().$transaction((tx) => allocateReference(tx, at), { maxWait: 30_000 })),
    );
    expect(refs.map((r) => r.referenceSeq).sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it("takes a submission's number without leaving the connection's commits asynchronous", async () => {
    const single = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      await takeReference(single, new Date("2033-01-01T00:00:00Z"));
      const [setting] = await single.$queryRaw<{ synchronous_commit: string }[]>`SHOW synchronous_commit`;
      expect(setting!.synchronous_commit).toBe("on");
    } finally {
      await single.$disconnect();
    }
  });

  it("hands out unique, consecutive references under concurrency, each in a statement of its own", async () => {
    const at = new Date("2031-03-01T00:00:00Z");
    const refs = await Promise.all(Array.from({ length: 20 }, () => takeReference(db(), at)));
    const seqs = refs.map((r) => r.referenceSeq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(refs[0]!.reference).toMatch(/^NT-2031-000\d\d$/);
  });

  it("reports the migrations as current", async () => {
    const status = await migrationStatus();
    expect(status.current).toBe(true);
    expect(status.applied).toBe(status.expected);
    expect(status.expected).toBeGreaterThan(0);
  });
});
