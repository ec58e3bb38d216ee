// A partner's dashboard (issue #17): the same figures over its own inquiries only (the
// permission table's scope: forwarded to it and not returned or withdrawn), its own row
// in the per-partner table, its own closes' outcomes; never another organisation's
// figures, whatever the URL asks. The gateway's dashboard is unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/auth/permissions";
import { loadDashboard, type Dashboard } from "@/lib/casework/dashboard";
import type { InquiryFilter } from "@/lib/casework/filters";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedOrganisations } from "@/prisma/seed/index";

let org: Record<string, string> = {};
const who: Record<"gateway" | "essen" | "koeln", StaffPrincipal> = {} as never;
const OCTOBER: InquiryFilter = { from: "2026-10-01", to: "2026-10-31" };

type State = "PENDING" | "ACCEPTED" | "RETURNED" | "CLOSED" | "WITHDRAWN";
type Fixture = {
  ref: string;
  sectors: string[];
  status: Prisma.InquiryCreateManyInput["status"];
  assigned: Record<string, State | { state: State; outcome: string; jobs?: number }>;
  preferred?: string[];
  outcome?: { code: string; jobs?: number };
};

const FIXTURES: Fixture[] = [
  // Essen works on it; Köln returned it.
  { ref: "NT-2026-70001", sectors: ["digital"], status: "ACCEPTED", assigned: { essen: "ACCEPTED", koeln: "RETURNED" }, preferred: ["essen", "koeln"] },
  // Essen closed its part as settled with 12 jobs; the gateway has not confirmed yet.
  { ref: "NT-2026-70002", sectors: ["digital", "food"], status: "TRIAGED", assigned: { essen: { state: "CLOSED", outcome: "settled", jobs: 12 } } },
  // Köln only.
  { ref: "NT-2026-70003", sectors: ["energy"], status: "FORWARDED", assigned: { koeln: "PENDING" }, preferred: ["koeln"] },
  // Köln accepted; the forward to Essen was withdrawn.
  { ref: "NT-2026-70004", sectors: ["energy", "hydrogen"], status: "ACCEPTED", assigned: { koeln: "ACCEPTED", essen: "WITHDRAWN" } },
  // The gateway closed the inquiry as a partnership (5 jobs) while Essen held it.
  { ref: "NT-2026-70005", sectors: ["machinery"], status: "CLOSED", assigned: { essen: "CLOSED" }, outcome: { code: "partnership", jobs: 5 } },
  // Nobody but the gateway.
  { ref: "NT-2026-70006", sectors: ["food"], status: "NEW", assigned: {} },
];

beforeAll(async () => {
  await seedOrganisations(db());
  org = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  who.gateway = { userId: "g", role: "GATEWAY", organisationId: org["nrw-global-business"]!, twoFactorEnabled: true };
  who.essen = { userId: "e", role: "PARTNER", organisationId: org["essen"]!, twoFactorEnabled: true };
  who.koeln = { userId: "k", role: "PARTNER", organisationId: org["koeln"]!, twoFactorEnabled: true };
  for (const [i, f] of FIXTURES.entries()) {
    const submittedAt = new Date(`2026-10-${String(5 + i).padStart(2, "0")}T08:00:00Z`);
    await db().inquiry.create({
      data: {
        reference: f.ref, referenceYear: 2026, referenceSeq: 70_001 + i, direction: "TOKYO_TO_NRW", status: f.status,
        locale: "en", replyLocale: "en", companyName: `Partner Fixture ${i}`, hqCity: "Tokyo", hqCountry: "JP", sizeBand: "10-49", isStartup: false,
        sectors: f.sectors, supportNeeds: ["matching"], timeline: "6-12", description: "Fixture.", contactName: `Contact ${i}`,
        contactEmail: `partner${i}@example.jp`, contactPhone: "+81 3 0000 0000", privacyNoticeVersion: "2026-01", consentedAt: submittedAt, submittedAt,
        ...(f.outcome ? { closedAt: submittedAt, outcome: f.outcome.code, outcomeFigures: f.outcome.jobs ? { jobs: f.outcome.jobs } : undefined } : {}),
        assignments: {
          create: [
            { organisationId: org["nrw-global-business"]!, state: f.status === "CLOSED" ? "CLOSED" : "ACCEPTED" },
            ...Object.entries(f.assigned).map(([slug, a]) =>
              typeof a === "string"
                ? { organisationId: org[slug]!, state: a }
                : { organisationId: org[slug]!, state: a.state, outcome: a.outcome, outcomeFigures: a.jobs ? { jobs: a.jobs } : undefined, closedAt: submittedAt },
            ),
          ],
        },
        preferences: { create: (f.preferred ?? []).map((slug) => ({ organisationId: org[slug]! })) },
      },
    });
  }
});

const figures = async (staff: StaffPrincipal, filter: InquiryFilter = OCTOBER): Promise<Dashboard> => (await loadDashboard(staff, filter))!;
const counted = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));

describe("a partner's dashboard", () => {
  it("counts the partner's own inquiries only: not returned, withdrawn or never forwarded ones", async () => {
    const essen = await figures(who.essen);
    expect(essen.total).toBe(3);
    expect(counted(essen.bySector)).toEqual({ digital: 2, food: 1, machinery: 1 });
    expect(counted(essen.byStatus)).toEqual({ ACCEPTED: 1, TRIAGED: 1, CLOSED: 1 });
    expect(essen.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(3);

    const koeln = await figures(who.koeln);
    expect(koeln.total).toBe(2);
    expect(counted(koeln.bySector)).toEqual({ energy: 2, hydrogen: 1 });
  });

  it("shows its own row of the per-partner table, never another organisation's", async () => {
    const essen = await figures(who.essen);
    expect(essen.organisations).toEqual([{ slug: "essen", name: expect.any(String), forwarded: 3, preferred: 1 }]);
    const koeln = await figures(who.koeln);
    expect(koeln.organisations).toEqual([{ slug: "koeln", name: expect.any(String), forwarded: 2, preferred: 1 }]);
  });

  it("counts the outcomes of its own closes: its part's outcome, or the inquiry's where the gateway closed it", async () => {
    const essen = await figures(who.essen);
    expect(essen.outcomes.filter((o) => o.count > 0)).toEqual([
      { key: "settled", count: 1, jobs: 12 },
      { key: "partnership", count: 1, jobs: 5 },
    ]);
    expect((await figures(who.koeln)).outcomes.filter((o) => o.count > 0)).toEqual([]);
  });

  it("ignores a 'currently at' filter naming another organisation, and other filters stay within its cases", async () => {
    expect((await figures(who.essen, { ...OCTOBER, organisation: "koeln" })).total).toBe(3);
    expect((await figures(who.essen, { ...OCTOBER, sector: "energy" })).total).toBe(0);
    expect((await figures(who.essen, { ...OCTOBER, q: "NT-2026-70003" })).total).toBe(0);
    expect((await figures(who.koeln, { ...OCTOBER, q: "Partner Fixture" })).total).toBe(2);
  });
});

describe("the gateway's dashboard", () => {
  it("is unchanged: every inquiry, every partner, the inquiries' own outcomes", async () => {
    const gateway = await figures(who.gateway);
    expect(gateway.total).toBe(6);
    const by = Object.fromEntries(gateway.organisations.map((o) => [o.slug, [o.forwarded, o.preferred]]));
    expect(by["essen"]).toEqual([4, 1]);
    expect(by["koeln"]).toEqual([3, 2]);
    expect(gateway.organisations.length).toBeGreaterThan(2);
    expect(gateway.outcomes.filter((o) => o.count > 0)).toEqual([{ key: "partnership", count: 1, jobs: 5 }]);
    expect((await figures(who.gateway, { ...OCTOBER, organisation: "koeln" })).total).toBe(2);
  });
});
