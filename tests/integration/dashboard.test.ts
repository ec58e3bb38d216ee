// The dashboard's figures on a fixture whose answers are worked out by hand, the
// shared filters giving the same inquiries in inbox and dashboard, and the SQL
// business-day count agreeing with the one the SLA badge uses.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { businessDaysBetween } from "@/lib/domain/business-days";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dashboardFilter, loadDashboard } from "@/lib/casework/dashboard";
import type { InquiryFilter } from "@/lib/casework/filters";
import { loadInbox } from "@/lib/casework/inbox";
import { seedOrganisations } from "@/prisma/seed/index";

const gateway = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: true };
const admin = { userId: "a", role: "ADMIN" as const, organisationId: null, twoFactorEnabled: true };
let org: Record<string, string> = {};

type Spec = {
  ref: string;
  submittedAt: string;
  firstResponseAt?: string;
  status: Prisma.InquiryCreateManyInput["status"];
  direction: Prisma.InquiryCreateManyInput["direction"];
  sectors: string[];
  preferred?: string[];
  /** Partner slug -> assignment state. */
  assigned?: Record<string, "PENDING" | "ACCEPTED" | "RETURNED" | "CLOSED">;
  companyName?: string;
  contactName?: string;
};

// Berlin is UTC+2 until 25 October 2026. Period under test: October 2026 (weeks from 28 Sep to 26 Oct).
const FIXTURE: Spec[] = [
  // Friday to Friday two weeks later: 10 business days, on time; 336 h.
  { ref: "NT-2026-90001", submittedAt: "2026-10-02T08:00:00Z", firstResponseAt: "2026-10-16T08:00:00Z", status: "TRIAGED", direction: "TOKYO_TO_NRW",
    sectors: ["digital", "machinery"], preferred: ["duesseldorf"], companyName: "株式会社サクラロボティクス", contactName: "山田 花子" },
  // Friday to the Monday after: 11 business days (the weekend does not count), late; 407 h.
  { ref: "NT-2026-90002", submittedAt: "2026-10-02T08:00:00Z", firstResponseAt: "2026-10-19T07:00:00Z", status: "FORWARDED", direction: "NRW_TO_TOKYO",
    sectors: ["digital"], preferred: ["essen"], assigned: { essen: "PENDING", koeln: "RETURNED" } },
  // Saturday to Saturday: the clock starts on Monday, 10 business days, on time; 338 h.
  { ref: "NT-2026-90003", submittedAt: "2026-10-03T10:00:00Z", firstResponseAt: "2026-10-17T12:00:00Z", status: "CLOSED", direction: "RESEARCH",
    sectors: ["energy"], assigned: { essen: "CLOSED" } },
  // Monday 00:30 in Berlin is still Sunday in UTC: counted in the Berlin week of 12 October. Never answered: late.
  { ref: "NT-2026-90004", submittedAt: "2026-10-11T22:30:00Z", status: "NEW", direction: "TOKYO_TO_NRW", sectors: ["hydrogen", "energy"] },
  // Answered the same day: 0 business days, 6 h.
  { ref: "NT-2026-90005", submittedAt: "2026-10-20T07:00:00Z", firstResponseAt: "2026-10-20T13:00:00Z", status: "ACCEPTED", direction: "TOKYO_TO_NRW",
    sectors: ["food"], preferred: ["essen", "koeln"], assigned: { essen: "ACCEPTED" } },
  // Outside the period (September): late and unanswered, but must not be counted.
  { ref: "NT-2026-90006", submittedAt: "2026-09-15T08:00:00Z", status: "NEW", direction: "RESEARCH", sectors: ["digital"], preferred: ["essen"], assigned: { essen: "PENDING" } },
];
const OCTOBER: InquiryFilter = { from: "2026-10-01", to: "2026-10-31" };

function inquiryRow(spec: Spec, seq: number): Prisma.InquiryCreateManyInput {
  return {
    reference: spec.ref, referenceYear: 2026, referenceSeq: 90_000 + seq, direction: spec.direction, status: spec.status,
    locale: "en", replyLocale: "en", companyName: spec.companyName ?? `Fixture Company ${seq}`, hqCity: "Essen", hqCountry: "DE",
    sizeBand: "10-49", isStartup: false, sectors: spec.sectors, supportNeeds: ["matching"], timeline: "6-12",
    description: `Fixture inquiry number ${seq}.`, contactName: spec.contactName ?? `Contact ${seq}`, contactEmail: `contact${seq}@example.org`,
    contactPhone: "+49 201 000000", privacyNoticeVersion: "2026-11", consentedAt: new Date(spec.submittedAt),
    submittedAt: new Date(spec.submittedAt), firstResponseAt: spec.firstResponseAt ? new Date(spec.firstResponseAt) : null,
  };
}

beforeAll(async () => {
  await seedOrganisations(db());
  org = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  await db().inquiry.createMany({ data: FIXTURE.map((spec, i) => inquiryRow(spec, i + 1)) });
  const ids = Object.fromEntries((await db().inquiry.findMany({ select: { id: true, reference: true } })).map((r) => [r.reference, r.id]));
  await db().assignment.createMany({
    data: FIXTURE.flatMap((spec) => [
      { inquiryId: ids[spec.ref]!, organisationId: org["nrw-global-business"]!, state: spec.assigned ? ("ACCEPTED" as const) : ("PENDING" as const) },
      ...Object.entries(spec.assigned ?? {}).map(([slug, state]) => ({ inquiryId: ids[spec.ref]!, organisationId: org[slug]!, state })),
    ]),
  });
  await db().inquiryPreference.createMany({
    data: FIXTURE.flatMap((spec) => (spec.preferred ?? []).map((slug) => ({ inquiryId: ids[spec.ref]!, organisationId: org[slug]! }))),
  });
});

describe("dashboard figures on the October fixture", () => {
  it("counts inquiries per Berlin week, empty weeks included", async () => {
    const d = (await loadDashboard(gateway, OCTOBER))!;
    expect(d.total).toBe(5);
    expect(d.weeks).toEqual([
      { week: "2026-09-28", count: 3 },
      { week: "2026-10-05", count: 0 },
      { week: "2026-10-12", count: 1 },
      { week: "2026-10-19", count: 1 },
      { week: "2026-10-26", count: 0 },
    ]);
  });

  it("counts by status, direction and sector", async () => {
    const d = (await loadDashboard(gateway, OCTOBER))!;
    expect(Object.fromEntries(d.byStatus.map((r) => [r.key, r.count]))).toEqual({ NEW: 1, TRIAGED: 1, FORWARDED: 1, ACCEPTED: 1, IN_PROGRESS: 0, CLOSED: 1 });
    expect(Object.fromEntries(d.byDirection.map((r) => [r.key, r.count]))).toEqual({ TOKYO_TO_NRW: 3, NRW_TO_TOKYO: 1, RESEARCH: 1 });
    const sectors = Object.fromEntries(d.bySector.filter((r) => r.count > 0).map((r) => [r.key, r.count]));
    expect(sectors).toEqual({ digital: 2, machinery: 1, energy: 2, hydrogen: 1, food: 1 });
  });

  it("counts forwards (returned ones included) and preferences per partner", async () => {
    const d = (await loadDashboard(gateway, OCTOBER))!;
    const by = Object.fromEntries(d.organisations.map((o) => [o.slug, [o.forwarded, o.preferred]]));
    expect(by["essen"]).toEqual([3, 2]);
    expect(by["koeln"]).toEqual([1, 1]);
    expect(by["duesseldorf"]).toEqual([0, 1]);
    expect(by["aachen"]).toEqual([0, 0]);
    expect(by["nrw-global-business"]).toBeUndefined();
  });

  it("takes the median first response over answered inquiries, in business days and in hours", async () => {
    const d = (await loadDashboard(gateway, OCTOBER))!;
    // Business days 0, 10, 10, 11 -> 10; hours 6, 336, 338, 407 -> 337.
    expect(d.firstResponse).toEqual({ answered: 4, medianBusinessDays: 10, medianHours: 337 });
  });

  it("counts late first responses, answered and still pending, against REPLY_BUSINESS_DAYS", async () => {
    expect(env.REPLY_BUSINESS_DAYS).toBe(10);
    const d = (await loadDashboard(gateway, OCTOBER))!;
    expect(d.sla).toEqual({ targetDays: 10, lateAnswered: 1, latePending: 1 });
  });

  it("shows the last 26 weeks when no period is given", () => {
    // Monday 23 November 2026, 00:30 in Berlin: 26 Mondays from 1 June.
    expect(dashboardFilter({}, new Date("2026-11-22T23:30:00Z"))).toMatchObject({ from: "2026-06-01", to: "2026-11-23" });
    expect(dashboardFilter({ from: "2026-10-01" }, new Date("2026-11-22T23:30:00Z"))).toMatchObject({ from: "2026-10-01", to: "2026-11-23" });
  });

  it("shows nothing to staff without access to inquiries", async () => {
    expect(await loadDashboard(admin, OCTOBER)).toBeNull();
  });
});

describe("inbox and dashboard select the same inquiries", () => {
  const cases: [string, InquiryFilter, string[]][] = [
    ["period only", OCTOBER, ["90001", "90002", "90003", "90004", "90005"]],
    ["status", { ...OCTOBER, status: "FORWARDED" }, ["90002"]],
    ["direction", { ...OCTOBER, direction: "TOKYO_TO_NRW" }, ["90001", "90004", "90005"]],
    ["sector", { ...OCTOBER, sector: "energy" }, ["90003", "90004"]],
    ["currently with Essen", { ...OCTOBER, organisation: "essen" }, ["90002", "90005"]],
    ["from a Berlin Monday", { from: "2026-10-12", to: "2026-10-31" }, ["90004", "90005"]],
    ["Japanese search, three characters", { ...OCTOBER, q: "サクラ" }, ["90001"]],
    ["Japanese search, two characters", { ...OCTOBER, q: "山田" }, ["90001"]],
    ["search by reference", { ...OCTOBER, q: "nt-2026-90003" }, ["90003"]],
    ["wildcards are literal", { ...OCTOBER, q: "%" }, []],
    ["late first response", { ...OCTOBER, sla: "breached" }, ["90002", "90004"]],
    ["late and in September", { from: "2026-09-01", to: "2026-09-30", sla: "breached" }, ["90006"]],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, async () => {
      const inbox = (await loadInbox(gateway, filter))!;
      const dashboard = (await loadDashboard(gateway, filter))!;
      expect(inbox.rows.map((r) => r.reference.slice(-5)).sort()).toEqual(expected);
      expect(inbox.total).toBe(expected.length);
      expect(dashboard.total).toBe(expected.length);
      expect(dashboard.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(expected.length);
    });
  }

  it("the inbox pages through 60 inquiries with the keyset cursor, ties on the time included", async () => {
    // December 2025, outside every period above; every third pair shares its submission time.
    const december = Array.from({ length: 60 }, (_, i) => ({
      ...inquiryRow({ ref: `NT-2025-${String(80_000 + i)}`, submittedAt: new Date(Date.UTC(2025, 11, 1, 8, 0, 0) + Math.floor(i / 2) * 3_600_000).toISOString(),
        status: "NEW", direction: "RESEARCH", sectors: ["food"] }, 1000 + i),
      referenceYear: 2025,
    }));
    await db().inquiry.createMany({ data: december });
    for (const sort of ["newest", "oldest"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = (await loadInbox(gateway, { from: "2025-12-01", to: "2025-12-31", sort, after }))!;
        expect(page.total).toBe(60);
        seen.push(...page.rows.map((r) => r.reference));
        after = page.next;
      } while (after);
      expect(new Set(seen).size).toBe(60);
      const times = await db().inquiry.findMany({ where: { reference: { in: seen } }, select: { reference: true, submittedAt: true } });
      const at = new Map(times.map((t) => [t.reference, t.submittedAt.getTime()]));
      const order = seen.map((r) => at.get(r)!);
      expect(order).toEqual([...order].sort((x, y) => (sort === "oldest" ? x - y : y - x)));
    }
    // Past its count limit the inbox says "more than", and the pages still reach every inquiry.
    const capped = (await loadInbox(gateway, { from: "2025-12-01", to: "2025-12-31" }, { countLimit: 59 }))!;
    expect(capped).toMatchObject({ total: 59, moreThanTotal: true });
    const exact = (await loadInbox(gateway, { from: "2025-12-01", to: "2025-12-31" }, { countLimit: 60 }))!;
    expect(exact).toMatchObject({ total: 60, moreThanTotal: false });
  });
});

describe("business days in SQL", () => {
  it("agree with businessDaysBetween, the count behind the SLA badge", async () => {
    const day = fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true });
    const pairs = fc.sample(fc.tuple(day, day), { numRuns: 400, seed: 20261123 });
    const rows = await db().$queryRaw<{ n: number }[]>`
      SELECT business_days_between((f AT TIME ZONE 'Europe/Berlin')::date, (t AT TIME ZONE 'Europe/Berlin')::date) AS n
      FROM unnest(${pairs.map(([a]) => a)}::timestamptz[], ${pairs.map(([, b]) => b)}::timestamptz[]) WITH ORDINALITY AS p(f, t, k) ORDER BY k`;
    expect(rows.map((r) => r.n)).toEqual(pairs.map(([a, b]) => businessDaysBetween(a, b)));
  });
});
