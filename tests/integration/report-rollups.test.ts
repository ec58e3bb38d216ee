// The programme report's rollups (migration 20261202140500_report_rollups, decision 0024)
// against a recount from scratch over every inquiry and forward, after every kind of write
// the portal makes: the bench's direct SQL seeding, a submission, each workflow action, a
// message to the applicant, anonymisation, erasure, a moved time, a deletion, several rows
// in one statement, and TRUNCATE. The report's figures themselves are held by hand-worked
// fixtures in programme-report.test.ts, which now read through these rollups.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { sendMessage } from "@/lib/conversation/messages";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { eraseApplicant } from "@/lib/dataprotection/applicant";
import { db } from "@/lib/db/client";
import { countInquiries, inquiryFilterSql } from "@/lib/casework/filters";
import { performAction, type ActionInput } from "@/lib/casework/workflow-service";
import { loadReport } from "@/lib/reporting/report";
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

/**
 * Every rollup key, summed over its slots (zero sums aside), equals a recount from scratch, per
 * day and per month (migration 20261202180000_report_months), and every forward's first message equals the organisation's first outbound message after it.
 */
async function expectExact() {
  const [difference] = await db().$queryRaw<{ rows: string; months: string; messages: string }[]>`
    WITH rollup AS (
      SELECT day, measure, key, bucket, sum(n)::integer AS n, sum(amount)::bigint AS amount FROM "ReportDay"
      GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(amount) <> 0),
    facts AS (
      SELECT f.* FROM "Inquiry" i CROSS JOIN LATERAL report_inquiry_facts(i, 1) f
      UNION ALL SELECT f.* FROM "Assignment" a CROSS JOIN LATERAL report_assignment_facts(a, 1) f),
    recount AS (SELECT day, measure, key, bucket, sum(n)::integer AS n, sum(amount)::bigint AS amount FROM facts GROUP BY 1, 2, 3, 4),
    month_rollup AS (
      SELECT month, measure, key, bucket, sum(n)::integer AS n, sum(amount)::bigint AS amount FROM "ReportMonth"
      GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(amount) <> 0),
    month_recount AS (
      SELECT date_trunc('month', day)::date AS month, measure, key, bucket, sum(n)::integer AS n, sum(amount)::bigint AS amount FROM recount
      GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(amount) <> 0),
    messages AS (
      SELECT a.id, a."firstMessageAt", (SELECT min(m."createdAt") FROM "InquiryMessage" m
        WHERE m."inquiryId" = a."inquiryId" AND m."organisationId" = a."organisationId" AND m.direction = 'OUTBOUND' AND m."createdAt" >= a."assignedAt") AS first
      FROM "Assignment" a)
    SELECT
      (SELECT coalesce(json_agg(d)::text, '') FROM ((TABLE rollup EXCEPT TABLE recount) UNION ALL (TABLE recount EXCEPT TABLE rollup)) d) AS rows,
      (SELECT coalesce(json_agg(d)::text, '') FROM ((TABLE month_rollup EXCEPT TABLE month_recount) UNION ALL (TABLE month_recount EXCEPT TABLE month_rollup)) d) AS months,
      (SELECT coalesce(json_agg(m)::text, '') FROM messages m WHERE m."firstMessageAt" IS DISTINCT FROM m.first) AS messages`;
  expect(difference).toEqual({ rows: "", months: "", messages: "" });
}

const gatewayPrincipal = { userId: "g", role: "GATEWAY" as const, organisationId: null, twoFactorEnabled: true };

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  staff.essen = await principal("PARTNER", "essen", "Erik Essen");
  staff.koeln = await principal("PARTNER", "koeln", "Karla Köln");
});

describe("programme report rollups", () => {
  it("are exact after the bench's seeding, and the year's report counts what the inbox counts", async () => {
    await db().$executeRawUnsafe(inboxFillSql(800).replace(/^BEGIN;|COMMIT;$/gm, ""));
    await expectExact();
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const report = await loadReport({ kind: "range", from, to });
    const inbox = async (extra: object) => (await countInquiries(inquiryFilterSql(gatewayPrincipal, { from, to, ...extra })!)).count;
    expect(report.received.total.current).toBe(await inbox({}));
    expect(report.received.total.current).toBeGreaterThan(300);
    for (const row of report.received.byDirection.rows) expect(row.current).toBe(await inbox({ direction: row.key }));
    expect(report.outcomes.total.current).toBeGreaterThan(0);
    expect(report.partners.find((p) => p.slug === "tokyo-partner")?.medianAcceptDays).not.toBeNull();
  });

  it("follow a submission, every workflow action and the partner's first message", async () => {
    const { reference } = await submit();
    await expectExact();
    await act(staff.gateway, { action: "triage", reference });
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!, ids["koeln"]!] });
    await expectExact();
    await act(staff.essen, { action: "accept", reference });
    await act(staff.koeln, { action: "return", reference, reason: "Nicht unser Gebiet" });
    await expectExact();
    expect((await sendMessage(staff.essen, { reference, body: "ご連絡ありがとうございます。" }, { delivery: "outbox" })).ok).toBe(true);
    expect((await sendMessage(staff.essen, { reference, body: "追伸" }, { delivery: "outbox" })).ok).toBe(true);
    await expectExact();
    const essen = await db().assignment.findFirstOrThrow({ where: { inquiry: { reference }, organisationId: ids["essen"]! } });
    expect(essen.firstMessageAt).not.toBeNull();
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["koeln"]!] });
    await act(staff.essen, { action: "start", reference });
    await act(staff.gateway, { action: "close", reference, outcome: "settled", summary: "Niederlassung in Essen", jobs: 12, investment: "1m-5m" });
    await expectExact();
    await act(staff.gateway, { action: "reopen", reference });
    await expectExact();
  });

  it("follow anonymisation and erasure on request", async () => {
    const closed = await submit({ contactEmail: "retention@example.jp", sectors: ["energy"] });
    await act(staff.gateway, { action: "forward", reference: closed.reference, targetOrganisationIds: [ids["essen"]!] });
    await act(staff.gateway, { action: "close", reference: closed.reference, outcome: "referred", summary: "An die IHK verwiesen" });
    expect(await anonymiseInquiry(db(), closed.id, { ground: "retention", actor: null })).toBe(true);
    await expectExact();
    const open = await submit({ contactEmail: "erase-me@example.jp" });
    await act(staff.gateway, { action: "forward", reference: open.reference, targetOrganisationIds: [ids["essen"]!] });
    expect(await eraseApplicant(staff.gateway, "erase-me@example.jp", "request")).toEqual({ ok: true, erased: [open.reference] });
    await expectExact();
  });

  it("follow direct changes: moved times, a forward made after the message, a removed forward, a deleted inquiry, many rows at once", async () => {
    const moved = await submit();
    await act(staff.gateway, { action: "forward", reference: moved.reference, targetOrganisationIds: [ids["koeln"]!] });
    await db().inquiry.update({ where: { id: moved.id }, data: { submittedAt: new Date("2025-10-26T00:30:00Z"), firstResponseAt: new Date("2025-11-04T09:00:00Z") } });
    await db().assignment.updateMany({ where: { inquiryId: moved.id }, data: { assignedAt: new Date("2025-10-27T09:00:00Z"), respondedAt: new Date("2025-10-29T09:00:00Z"), state: "ACCEPTED" } });
    await expectExact();
    // A message written before a (back-dated) forward is recorded is found when the forward is.
    await db().inquiryMessage.create({ data: { inquiryId: moved.id, direction: "OUTBOUND", organisationId: ids["essen"]!, locale: "ja", body: "x", createdAt: new Date("2025-11-03T09:00:00Z") } });
    await db().assignment.create({ data: { inquiryId: moved.id, organisationId: ids["essen"]!, state: "ACCEPTED", assignedAt: new Date("2025-11-01T09:00:00Z"), respondedAt: new Date("2025-11-02T09:00:00Z") } });
    await expectExact();
    await db().assignment.deleteMany({ where: { inquiryId: moved.id, organisationId: ids["koeln"]! } });
    await expectExact();
    const gone = await submit();
    await act(staff.gateway, { action: "forward", reference: gone.reference, targetOrganisationIds: [ids["essen"]!] });
    await db().inquiry.delete({ where: { id: gone.id } });
    await expectExact();
    await db().$executeRaw`UPDATE "Inquiry" SET status = 'CLOSED', "closedAt" = now(), outcome = 'paused' WHERE status = 'IN_PROGRESS' AND "referenceSeq" % 2 = 0`;
    await db().$executeRaw`UPDATE "Inquiry" SET version = version + 1`;
    await db().$executeRaw`UPDATE "Assignment" SET state = 'WITHDRAWN' WHERE state = 'PENDING' AND "inquiryId" IN (SELECT id FROM "Inquiry" WHERE "referenceSeq" % 3 = 0)`;
    await expectExact();
  });

  it("are emptied with the inquiries by TRUNCATE", async () => {
    await db().$executeRawUnsafe(`TRUNCATE "Inquiry" CASCADE`);
    await expectExact();
    const [{ n }] = (await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::integer AS n FROM (SELECT n, amount FROM "ReportDay" UNION ALL SELECT n, amount FROM "ReportMonth") r WHERE n <> 0 OR amount <> 0`) as [{ n: number }];
    expect(n).toBe(0);
  });
});
