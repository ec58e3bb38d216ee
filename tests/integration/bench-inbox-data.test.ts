// The bench's inbox generator against a real, migrated database: the rows it
// writes are ones the inbox can read and filter, and its counts are exact.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countInquiries, inquiryFilterSql, pageOfIds } from "@/lib/casework/filters";
import { seedDemoAccounts, seedOrganisations } from "@/prisma/seed/index";
import { inboxFillSql, JAPANESE_SEARCH_WORD } from "@/bench/inbox-data";

const gateway = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: true };
const COUNT = 600;

beforeAll(async () => {
  await seedOrganisations(db());
  await seedDemoAccounts(db(), "portal-demo-2026");
  await db().$executeRawUnsafe(inboxFillSql(COUNT).replace(/^BEGIN;|COMMIT;$/gm, ""));
});

describe("inbox data for the bench", () => {
  it("writes exactly the requested number of inquiries, each held by the gateway and with a timeline", async () => {
    expect(await db().inquiry.count()).toBe(COUNT);
    const gatewayOrg = await db().organisation.findUniqueOrThrow({ where: { slug: "nrw-global-business" } });
    expect(await db().assignment.count({ where: { organisationId: gatewayOrg.id } })).toBe(COUNT);
    expect(await db().inquiryEvent.count({ where: { type: "SUBMITTED" } })).toBe(COUNT);
    const forwarded = await db().inquiry.count({ where: { status: { in: ["FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] } } });
    expect(await db().assignment.count({ where: { organisationId: { not: gatewayOrg.id } } })).toBe(forwarded);
  });

  it("mixes languages, directions and statuses, and the bench's filter and search find rows", async () => {
    const byLocale = await db().inquiry.groupBy({ by: ["locale"], _count: true });
    expect(byLocale.map((g) => g.locale).sort()).toEqual(["de", "en", "ja"]);
    expect((await db().inquiry.groupBy({ by: ["direction"], _count: true })).length).toBe(3);
    expect((await db().inquiry.groupBy({ by: ["status"], _count: true })).length).toBe(6);
    const { count: filtered } = await countInquiries(inquiryFilterSql(gateway, { status: "IN_PROGRESS", direction: "TOKYO_TO_NRW", sector: "digital" })!);
    expect(filtered).toBeGreaterThan(0);
    const ids = await pageOfIds(inquiryFilterSql(gateway, { q: JAPANESE_SEARCH_WORD })!, { take: COUNT });
    const found = await db().inquiry.findMany({ where: { id: { in: ids } }, select: { locale: true, description: true } });
    expect(found.length).toBeGreaterThan(COUNT / 50);
    expect(found.every((f) => f.locale === "ja" && f.description.includes(JAPANESE_SEARCH_WORD))).toBe(true);
  });

  it("leaves the reference counter past the generated numbers, so a real submission gets a fresh reference", async () => {
    const counters = await db().referenceCounter.findMany();
    const newest = await db().inquiry.aggregate({ _max: { referenceSeq: true } });
    expect(Math.max(...counters.map((c) => c.last))).toBe(newest._max.referenceSeq);
  });
});
