// Open inquiries nobody works on (issue #17): activity is the newest timeline entry (or
// the submission); after STALE_MONTHS without it an open inquiry is flagged ("stale"
// inbox filter and badge), after RETENTION_MONTHS the retention job closes it as "no
// answer from the applicant" (a CLOSED event by the system) and anonymises it at once.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/casework/dashboard";
import { staleSince } from "@/lib/casework/filters";
import { loadInbox } from "@/lib/casework/inbox";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { lastActivity } from "@/lib/dataprotection/inactivity";
import { retentionCutoff, runRetention } from "@/lib/dataprotection/retention";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "essen" | "koeln", Staff> = {} as never;
let org: Record<string, string> = {};
const now = new Date();
const monthsAgo = (months: number, days = 0) => new Date(retentionCutoff(now, months).getTime() - days * 86_400_000);

type Fixture = {
  ref: string;
  status: Prisma.InquiryCreateManyInput["status"];
  submittedAt: Date;
  /** Timeline entries after the submission: type and when. */
  events?: [Prisma.InquiryEventCreateManyInput["type"], Date][];
  closedAt?: Date;
  /** Partner slug -> assignment state. */
  assigned?: Record<string, "PENDING" | "ACCEPTED">;
};

const FIXTURES: Fixture[] = [
  // Nothing since 14 months: stale, not yet due for closing.
  { ref: "NT-2025-80001", status: "TRIAGED", submittedAt: monthsAgo(14) },
  // Forwarded to Essen 29 months ago, never accepted: stale, and closed and anonymised by retention.
  { ref: "NT-2024-80002", status: "FORWARDED", submittedAt: monthsAgo(30), events: [["FORWARDED", monthsAgo(29)]], assigned: { essen: "PENDING" } },
  // Old, but the applicant replied two months ago: active.
  { ref: "NT-2024-80003", status: "ACCEPTED", submittedAt: monthsAgo(30), events: [["REPLY_RECEIVED", monthsAgo(2)]], assigned: { koeln: "ACCEPTED" } },
  // Closed 26 months ago: not stale (closed), anonymised by the ordinary rule.
  { ref: "NT-2024-80004", status: "CLOSED", submittedAt: monthsAgo(30), events: [["CLOSED", monthsAgo(26)]], closedAt: monthsAgo(26) },
  // Twelve months less a day: not stale yet.
  { ref: "NT-2025-80005", status: "NEW", submittedAt: monthsAgo(12, -1) },
];

const byRef = async (reference: string) => db().inquiry.findUniqueOrThrow({ where: { reference }, include: { assignments: true, events: { orderBy: { id: "asc" } } } });

beforeAll(async () => {
  await seedOrganisations(db());
  org = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  for (const [i, f] of FIXTURES.entries()) {
    const inquiry = await db().inquiry.create({
      data: {
        reference: f.ref, referenceYear: Number(f.ref.slice(3, 7)), referenceSeq: 80_001 + i, direction: "TOKYO_TO_NRW", status: f.status,
        locale: "ja", replyLocale: "ja", companyName: `株式会社ステイル${i}`, hqCity: "東京都", hqCountry: "JP", sizeBand: "10-49", isStartup: false,
        sectors: ["digital"], supportNeeds: ["matching"], timeline: "6-12", description: "Fixture.", contactName: `山田 ${i}`,
        contactEmail: `stale${i}@example.jp`, contactPhone: "+81 3 0000 0000", privacyNoticeVersion: "2026-01", consentedAt: f.submittedAt,
        submittedAt: f.submittedAt, closedAt: f.closedAt ?? null, outcome: f.closedAt ? "referred" : null,
        events: { create: [{ type: "SUBMITTED", createdAt: f.submittedAt }, ...(f.events ?? []).map(([type, createdAt]) => ({ type, createdAt }))] },
        assignments: {
          create: [
            { organisationId: org["nrw-global-business"]!, state: f.status === "CLOSED" ? "CLOSED" : "ACCEPTED", assignedAt: f.submittedAt },
            ...Object.entries(f.assigned ?? {}).map(([slug, state]) => ({ organisationId: org[slug]!, state, assignedAt: f.submittedAt })),
          ],
        },
      },
    });
    expect(inquiry.id).toBeTruthy();
  }
});

describe("stale open inquiries", () => {
  it("are those without a timeline entry for STALE_MONTHS, flagged in the inbox with the date of their last activity", async () => {
    expect(env.STALE_MONTHS).toBe(12);
    const stale = async (who: Staff) => (await loadInbox(who, { activity: "stale" }))!.rows.map((r) => r.reference).sort();
    expect(await stale(staff.gateway)).toEqual(["NT-2024-80002", "NT-2025-80001"]);
    // A partner sees the flag on its own cases only.
    expect(await stale(staff.essen)).toEqual(["NT-2024-80002"]);
    expect(await stale(staff.koeln)).toEqual([]);

    const rows = (await loadInbox(staff.gateway, {}))!.rows;
    const flag = Object.fromEntries(rows.map((r) => [r.reference, r.staleSince?.toISOString() ?? null]));
    expect(flag).toEqual({
      "NT-2025-80001": monthsAgo(14).toISOString(),
      "NT-2024-80002": monthsAgo(29).toISOString(),
      "NT-2024-80003": null,
      "NT-2024-80004": null,
      "NT-2025-80005": null,
    });
    // The case page asks the same for one case (staleSince), and the timeline it shows agrees.
    const detail = (await loadInquiryDetail(staff.gateway, "NT-2024-80002"))!;
    expect(await staleSince(detail.inquiry)).toEqual(monthsAgo(29));
    expect(lastActivity(detail.inquiry.submittedAt, detail.inquiry.events)).toEqual(monthsAgo(29));
    expect(await staleSince((await loadInquiryDetail(staff.gateway, "NT-2024-80003"))!.inquiry)).toBeNull();
    expect(await staleSince((await loadInquiryDetail(staff.gateway, "NT-2024-80004"))!.inquiry)).toBeNull();
  });
});

describe("retention of stale open inquiries", () => {
  it("closes an inquiry without activity for RETENTION_MONTHS as 'no answer', by the system, and anonymises it; once", async () => {
    expect(env.RETENTION_MONTHS).toBe(24);
    const report = await runRetention(db(), { months: env.RETENTION_MONTHS, now });
    expect(report).toEqual({ anonymised: 1, closedInactive: 1, draftsDeleted: 0, inboundMailsDeleted: 0, eventRegistrationsAnonymised: 0 });

    const closed = await byRef("NT-2024-80002");
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "no-answer", closedAt: now, anonymisedAt: now, contactName: "", contactEmail: "", companyName: "" });
    expect(closed.assignments.map((a) => a.state)).toEqual(["CLOSED", "CLOSED"]);
    expect(closed.events.slice(-2).map((e) => [e.type, e.actorOrganisationId, e.actorLabel, e.data])).toEqual([
      ["CLOSED", null, null, { outcome: "no-answer", inactiveMonths: 24 }],
      ["ANONYMISED", null, null, { ground: "retention" }],
    ]);
    // The closed one is anonymised by the ordinary rule; the others stay as they were.
    expect((await byRef("NT-2024-80004")).anonymisedAt).toEqual(now);
    for (const reference of ["NT-2025-80001", "NT-2024-80003", "NT-2025-80005"]) {
      expect(await byRef(reference), reference).toMatchObject({ anonymisedAt: null, closedAt: null });
    }
    expect((await byRef("NT-2025-80001")).status).toBe("TRIAGED");

    // No longer stale (closed); a second run finds nothing.
    expect((await loadInbox(staff.gateway, { activity: "stale" }))!.rows.map((r) => r.reference)).toEqual(["NT-2025-80001"]);
    expect(await runRetention(db(), { months: env.RETENTION_MONTHS, now })).toEqual({ anonymised: 0, closedInactive: 0, draftsDeleted: 0, inboundMailsDeleted: 0, eventRegistrationsAnonymised: 0 });

    // The outcome counts on the dashboard like any close.
    const dashboard = (await loadDashboard(staff.gateway, { from: monthsAgo(31).toISOString().slice(0, 10), q: "NT-2024-80002" }))!;
    expect(dashboard.outcomes.find((o) => o.key === "no-answer")?.count).toBe(1);
  });
});
