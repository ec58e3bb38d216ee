// The dashboard's rollups (migrations 20261124110000_dashboard_rollups and
// 20261124150000_dashboard_rollup_slots) against the live computation over the
// inquiries themselves, after every kind of write the portal makes: the bench's direct
// SQL seeding, a submission, each workflow action, anonymisation, erasure, writes from
// several connections, and the rarer direct changes (a moved submission time, a
// deletion, TRUNCATE).
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { eraseApplicant } from "@/lib/dataprotection/applicant";
import { db } from "@/lib/db/client";
import { connectionConfig } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { dashboardFilter, liveFigures, loadDashboard, rollupAnswers, rollupFigures } from "@/lib/casework/dashboard";
import { inquiryFilterSql, type InquiryFilter } from "@/lib/casework/filters";
import { performAction, type ActionInput } from "@/lib/casework/workflow-service";
import { seedOrganisations } from "@/prisma/seed/index";
import { inboxFillSql } from "@/bench/inbox-data";
import { submitJapaneseInquiry as submit } from "./submitted-inquiry";

const staff: Record<"gateway" | "essen" | "koeln", Staff> = {} as never;
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string, name: string): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  return {
    sessionId: `session-${name}`, userId: `user-${name}`, role, organisationId: org.id, name, email: `${name}@example.org`, twoFactorEnabled: true,
    organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}


type Unversioned<T> = T extends unknown ? Omit<T, "version"> : never;

async function act(who: Staff, input: Unversioned<ActionInput>) {
  const { version } = await db().inquiry.findUniqueOrThrow({ where: { reference: input.reference } });
  expect(await performAction(who, { ...input, version })).toEqual({ ok: true });
}

const gatewayPrincipal = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: true };
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

/** The dashboard's figures for `filter`'s period from the rollups and computed live: they must be identical. */
async function expectRollupEqualsLive(filter: InquiryFilter) {
  const period = dashboardFilter(filter);
  const target = env.REPLY_BUSINESS_DAYS;
  const [rollup, live] = await Promise.all([rollupFigures(period, target), liveFigures(inquiryFilterSql(gatewayPrincipal, period)!, period, target)]);
  const normal = (f: typeof rollup) => ({ ...f, byStatus: byKey(f.byStatus), byDirection: byKey(f.byDirection), bySector: byKey(f.bySector) });
  expect(normal(rollup)).toEqual(normal(live));
  return rollup;
}

/** Every rollup key, summed over its slots (zero sums aside), equals a recount from scratch over all inquiries, on every day. */
async function expectRollupTablesExact() {
  const differences = await db().$queryRaw<{ source: string; rows: string }[]>`
    WITH facts AS (SELECT (dashboard_fact_of(i, 1)).* FROM "Inquiry" i),
    day_rollup AS (SELECT day, status, direction, sum(n)::integer FROM "DashboardDay" GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
    day_live AS (SELECT day, status, direction, count(*)::integer AS n FROM facts GROUP BY 1, 2, 3),
    sector_rollup AS (SELECT day, sector, sum(n)::integer FROM "DashboardSectorDay" GROUP BY 1, 2 HAVING sum(n) <> 0),
    sector_live AS (SELECT day, s, count(*)::integer FROM facts CROSS JOIN LATERAL unnest(sectors) AS s GROUP BY 1, 2),
    response_rollup AS (SELECT day, "businessDays", "responseMs", sum(n)::integer FROM "DashboardResponseDay" GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
    response_live AS (SELECT day, business_days, response_ms, count(*)::integer FROM facts WHERE response_ms IS NOT NULL GROUP BY 1, 2, 3),
    org_rollup AS (
      SELECT day, "organisationId", sum(forwarded)::integer, sum(preferred)::integer FROM "DashboardOrganisationDay"
      GROUP BY 1, 2 HAVING sum(forwarded) <> 0 OR sum(preferred) <> 0),
    org_live AS (
      SELECT day, org, sum(fw)::integer, sum(pr)::integer FROM (
        SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date AS day, a."organisationId" AS org, count(DISTINCT a."inquiryId") AS fw, 0 AS pr
        FROM "Assignment" a JOIN "Inquiry" i ON i.id = a."inquiryId" GROUP BY 1, 2
        UNION ALL
        SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, p."organisationId", 0, count(*)
        FROM "InquiryPreference" p JOIN "Inquiry" i ON i.id = p."inquiryId" GROUP BY 1, 2) x GROUP BY 1, 2)
    SELECT 'day' AS source, coalesce(json_agg(d)::text, '') AS rows FROM ((TABLE day_rollup EXCEPT TABLE day_live) UNION ALL (TABLE day_live EXCEPT TABLE day_rollup)) d
    UNION ALL SELECT 'sector', coalesce(json_agg(d)::text, '') FROM ((TABLE sector_rollup EXCEPT TABLE sector_live) UNION ALL (TABLE sector_live EXCEPT TABLE sector_rollup)) d
    UNION ALL SELECT 'response', coalesce(json_agg(d)::text, '') FROM ((TABLE response_rollup EXCEPT TABLE response_live) UNION ALL (TABLE response_live EXCEPT TABLE response_rollup)) d
    UNION ALL SELECT 'organisation', coalesce(json_agg(d)::text, '') FROM ((TABLE org_rollup EXCEPT TABLE org_live) UNION ALL (TABLE org_live EXCEPT TABLE org_rollup)) d`;
  // Rows in one and not the other, both ways: none.
  expect(Object.fromEntries(differences.map((d) => [d.source, d.rows]))).toEqual({ day: "", sector: "", response: "", organisation: "" });
}

/** Both checks over the default 26 weeks, all time, and a period across the change to winter time. */
async function expectExact() {
  await expectRollupTablesExact();
  await expectRollupEqualsLive({});
  await expectRollupEqualsLive({ from: "2020-01-01", to: "2030-12-31" });
  await expectRollupEqualsLive({ from: "2025-10-20", to: "2025-11-09" });
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  staff.essen = await principal("PARTNER", "essen", "Erik Essen");
  staff.koeln = await principal("PARTNER", "koeln", "Karla Köln");
});

describe("dashboard rollups", () => {
  it("are exact after the bench's seeding, which writes the tables directly in bulk", async () => {
    await db().$executeRawUnsafe(inboxFillSql(800).replace(/^BEGIN;|COMMIT;$/gm, ""));
    await expectExact();
    const d = await expectRollupEqualsLive({});
    expect(d.total).toBeGreaterThan(100);
    expect(d.answered).toBeGreaterThan(0);
    expect(d.latePending).toBeGreaterThan(0);
  });

  it("serve the default view and plain periods of the gateway; every other filter and partners are computed live", () => {
    expect(rollupAnswers(gatewayPrincipal, {})).toBe(true);
    expect(rollupAnswers(gatewayPrincipal, { from: "2026-01-01", to: "2026-03-31", sort: "oldest" })).toBe(true);
    for (const filter of [{ status: "NEW" }, { direction: "RESEARCH" }, { sector: "digital" }, { organisation: "essen" }, { q: "x" }, { sla: "breached" }] as InquiryFilter[]) {
      expect(rollupAnswers(gatewayPrincipal, filter)).toBe(false);
    }
    expect(rollupAnswers({ userId: "e", role: "PARTNER", organisationId: ids["essen"]!, twoFactorEnabled: true }, {})).toBe(false);
  });

  it("follow a submission and every workflow action", async () => {
    const { reference } = await submit();
    await expectExact();
    await act(staff.gateway, { action: "triage", reference });
    await expectExact();
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!, ids["koeln"]!] });
    await expectExact();
    await act(staff.essen, { action: "accept", reference });
    await act(staff.koeln, { action: "return", reference, reason: "Nicht unser Gebiet" });
    await expectExact();
    // Köln gets it a second time: still one inquiry forwarded to Köln.
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["koeln"]!] });
    await expectExact();
    await act(staff.essen, { action: "start", reference });
    await act(staff.gateway, { action: "close", reference, outcome: "partnership", summary: "Kooperation mit Essen vereinbart" });
    await expectExact();
    await act(staff.gateway, { action: "reopen", reference });
    await expectExact();
    const d = (await loadDashboard(staff.gateway, {}))!;
    expect(d.organisations.find((o) => o.slug === "koeln")?.forwarded).toBeGreaterThanOrEqual(1);
  });

  it("follow anonymisation and erasure on request", async () => {
    const closed = await submit({ contactEmail: "retention@example.jp", sectors: ["energy"] });
    await act(staff.gateway, { action: "forward", reference: closed.reference, targetOrganisationIds: [ids["essen"]!] });
    await act(staff.gateway, { action: "close", reference: closed.reference, outcome: "referred", summary: "An die IHK verwiesen" });
    expect(await anonymiseInquiry(db(), closed.id, { ground: "retention", actor: null })).toBe(true);
    await expectExact();
    const open = await submit({ contactEmail: "erase-me@example.jp", preferredMunicipalities: ["essen"] });
    await act(staff.gateway, { action: "forward", reference: open.reference, targetOrganisationIds: [ids["essen"]!] });
    expect(await eraseApplicant(staff.gateway, "erase-me@example.jp", "request")).toEqual({ ok: true, erased: [open.reference] });
    await expectExact();
  });

  it("keep each connection's additions in its own slot, so concurrent writers share no row; figures are the sums", async () => {
    const { id } = await submit();
    // A connection of its own, as another request of the pool would have.
    const other = new pg.Client(connectionConfig(env.DATABASE_URL!));
    await other.connect();
    try {
      const [own] = (await other.query<{ slot: number; pid: number }>("SELECT dashboard_slot() AS slot, pg_backend_pid() AS pid")).rows;
      expect(own!.slot).toBe(own!.pid % 16);
      const slotRows = async () =>
        Object.fromEntries(
          (
            await other.query<{ status: string; n: number }>(
              `SELECT d.status::text AS status, d.n FROM "DashboardDay" d, "Inquiry" i
               WHERE i.id = $1 AND d.slot = $2 AND d.direction = i.direction AND d.day = (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date`,
              [id, own!.slot],
            )
          ).rows.map((r) => [r.status, r.n]),
        );
      const before = await slotRows();
      await other.query(`UPDATE "Inquiry" SET status = 'CLOSED', "closedAt" = now() WHERE id = $1`, [id]);
      const after = await slotRows();
      // The move from NEW to CLOSED lands in this connection's slot, whichever slot counted the submission.
      expect((after.NEW ?? 0) - (before.NEW ?? 0)).toBe(-1);
      expect((after.CLOSED ?? 0) - (before.CLOSED ?? 0)).toBe(1);
    } finally {
      await other.end();
    }
    await expectExact();
  });

  it("follow direct changes: a moved submission time, a removed assignment, a deleted inquiry", async () => {
    const moved = await submit({ preferredMunicipalities: ["koeln"] });
    await act(staff.gateway, { action: "forward", reference: moved.reference, targetOrganisationIds: [ids["koeln"]!] });
    await db().inquiry.update({ where: { id: moved.id }, data: { submittedAt: new Date("2025-10-26T00:30:00Z"), firstResponseAt: new Date("2025-11-04T09:00:00Z") } });
    await expectExact();
    await db().assignment.deleteMany({ where: { inquiryId: moved.id, organisationId: ids["koeln"]! } });
    await db().inquiryPreference.deleteMany({ where: { inquiryId: moved.id } });
    await expectExact();
    const gone = await submit({ preferredMunicipalities: ["essen", "koeln"] });
    await act(staff.gateway, { action: "forward", reference: gone.reference, targetOrganisationIds: [ids["essen"]!] });
    await db().inquiry.delete({ where: { id: gone.id } });
    await expectExact();
    // Several inquiries in one statement, some changing a figure and some not.
    await db().$executeRaw`UPDATE "Inquiry" SET status = 'CLOSED' WHERE status = 'IN_PROGRESS' AND "referenceSeq" % 2 = 0`;
    await db().$executeRaw`UPDATE "Inquiry" SET version = version + 1`;
    await expectExact();
  });

  it("are emptied with the inquiries by TRUNCATE", async () => {
    await db().$executeRawUnsafe(`TRUNCATE "Inquiry" CASCADE`);
    await expectExact();
    const rows = await db().$queryRaw<{ n: number }[]>`
      SELECT (SELECT count(*) FROM "DashboardDay") + (SELECT count(*) FROM "DashboardSectorDay") + (SELECT count(*) FROM "DashboardResponseDay")
        + (SELECT count(*) FROM "DashboardOrganisationDay" WHERE forwarded <> 0 OR preferred <> 0) AS n`;
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
