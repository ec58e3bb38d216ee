// Forwards nobody answers (issue #17): overdue after FORWARD_ACCEPT_BUSINESS_DAYS business
// days of the receiving organisation's calendar, its staff reminded exactly once per
// forward (however often and however concurrently the job runs), the inbox filter
// "overdue forwards" (a partner: only its own), and re-forwarding after a withdrawal
// keeping the history while the new forward gets a reminder of its own.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { withdrawForward } from "@/lib/casework/forward-withdrawal";
import { forwardWait, overdueForwardSql, sendForwardReminders } from "@/lib/casework/forward-reminders";
import { REMINDER_QUEUE, REMINDER_TIME_ZONE, startForwardReminderJob } from "@/lib/casework/forward-reminder-job";
import { loadInbox } from "@/lib/casework/inbox";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { performAction } from "@/lib/casework/workflow-service";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "essen" | "koeln" | "tokyo", Staff> = {} as never;
let ids: Record<string, string> = {};
let seq = 0;

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;

async function forwarded(targets: string[], assignedAt?: Date): Promise<{ reference: string; id: string }> {
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: `reminder-fixture-${String(++seq).padStart(6, "0")}`, clientIp: `192.0.2.${60 + seq}`, startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!submitted.ok) throw new Error("fixture inquiry not stored");
  const { reference } = submitted;
  const result = await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: targets.map((slug) => ids[slug]!) }, { delivery: "outbox" });
  expect(result).toEqual({ ok: true });
  const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference } });
  if (assignedAt) await db().assignment.updateMany({ where: { inquiryId: inquiry.id, organisationId: { in: targets.map((slug) => ids[slug]!) } }, data: { assignedAt } });
  return { reference, id: inquiry.id };
}

const reminders = (inquiryId: string) => db().outboundMail.findMany({ where: { inquiryId, kind: "FORWARD_REMINDER" }, orderBy: { toAddress: "asc" } });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.tokyo = await principal("PARTNER", "tokyo-partner", "tokyo");
  await db().user.createMany({
    data: [
      { id: "koeln-1", name: "Jonas Becker", email: "jonas.becker@koeln.example.org", role: "PARTNER", organisationId: ids["koeln"]! },
      { id: "koeln-2", name: "Lea Wolf", email: "lea.wolf@koeln.example.org", role: "PARTNER", organisationId: ids["koeln"]! },
      { id: "koeln-3", name: "Inaktiv", email: "inactive@koeln.example.org", role: "PARTNER", organisationId: ids["koeln"]!, active: false },
      { id: "essen-1", name: "Mira Schulz", email: "mira.schulz@essen.example.org", role: "PARTNER", organisationId: ids["essen"]! },
      { id: "tokyo-1", name: "佐藤 健", email: "sato@tokyo.example.jp", role: "PARTNER", organisationId: ids["tokyo-partner"]!, uiLocale: "ja" },
    ],
  });
});

describe("the reminder of a forward nobody answers", () => {
  it("waits for more than FORWARD_ACCEPT_BUSINESS_DAYS business days of NRW (Christmas is not one) and reminds once", async () => {
    expect(env.FORWARD_ACCEPT_BUSINESS_DAYS).toBe(3);
    // Wednesday 23 December 2026, 10:00 in Berlin; Essen accepts, Köln does not react.
    const { reference, id } = await forwarded(["koeln", "essen"], new Date("2026-12-23T09:00:00Z"));
    expect(await performAction(staff.essen, { action: "accept", reference, version: await version(reference) }, { delivery: "outbox" })).toEqual({ ok: true });

    // Thursday 24 (1), Friday 25 is Christmas Day, Monday 28 (2), Tuesday 29 (3): not overdue yet.
    // Counting weekends only, Tuesday would already be the fourth business day.
    const tuesday = new Date("2026-12-29T16:00:00Z");
    expect(forwardWait(new Date("2026-12-23T09:00:00Z"), "MUNICIPALITY", 3, tuesday)).toEqual({ waited: 3, overdue: false });
    expect(await sendForwardReminders(db(), { days: 3, now: tuesday })).toBe(0);
    expect(await reminders(id)).toEqual([]);

    // Wednesday 30 December: the fourth business day, overdue.
    const wednesday = new Date("2026-12-30T07:00:00Z");
    expect(await sendForwardReminders(db(), { days: 3, now: wednesday })).toBe(1);
    const mails = await reminders(id);
    // Köln's active staff, not the inactive account, not Essen (it accepted).
    expect(mails.map((m) => m.toAddress)).toEqual(["jonas.becker@koeln.example.org", "lea.wolf@koeln.example.org"]);
    expect(mails[0]).toMatchObject({ locale: "de", status: "OUTBOX", subject: `Erinnerung: Weiterleitung ${reference} wartet auf Ihre Antwort` });
    expect(mails[0]!.text).toContain("vor 4 Arbeitstagen");
    expect(mails[0]!.text).toContain(`/de/admin/inquiries/${reference}`);
    expect(mails[0]!.text).not.toContain(japaneseAnswers.contactName);
    const koeln = await db().assignment.findFirstOrThrow({ where: { inquiryId: id, organisationId: ids["koeln"] } });
    expect(koeln.remindedAt).toEqual(wednesday);

    // The job runs again (and again, weeks later): no second reminder for this forward.
    expect(await sendForwardReminders(db(), { days: 3, now: wednesday })).toBe(0);
    expect(await sendForwardReminders(db(), { days: 3, now: new Date("2027-01-20T07:00:00Z") })).toBe(0);
    expect(await reminders(id)).toHaveLength(2);
  });

  it("counts Japan's holidays for the Tokyo partner (Golden Week), and writes to its staff in their language", async () => {
    // Wednesday 28 April 2027, 10:00 in Tokyo. 29 April and 3 to 5 May are public holidays in Japan.
    const { reference, id } = await forwarded(["tokyo-partner"], new Date("2027-04-28T01:00:00Z"));
    // Friday 30 April (1), Thursday 6 May (2), Friday 7 May (3): not overdue; in NRW's calendar it would be since 4 May.
    const friday = new Date("2027-05-07T03:00:00Z");
    expect(forwardWait(new Date("2027-04-28T01:00:00Z"), "TOKYO_PARTNER", 3, friday)).toEqual({ waited: 3, overdue: false });
    expect(forwardWait(new Date("2027-04-28T01:00:00Z"), "MUNICIPALITY", 3, friday).overdue).toBe(true);
    expect(await sendForwardReminders(db(), { days: 3, now: friday })).toBe(0);
    // Monday 10 May in Tokyo (still Sunday 9 May in Berlin): overdue in Tokyo's calendar and zone.
    const monday = new Date("2027-05-09T23:30:00Z");
    expect(await sendForwardReminders(db(), { days: 3, now: monday })).toBe(1);
    const [mail] = await reminders(id);
    expect(mail).toMatchObject({ locale: "ja", toAddress: "sato@tokyo.example.jp", subject: `【催促】お問い合わせ ${reference} の引き継ぎへのご対応のお願い` });
    expect(mail!.text).toContain("4営業日前");
    expect(mail!.text).toContain(`/ja/admin/inquiries/${reference}`);
  });

  it("agrees with the SQL count of the filter on every day of a month with holidays, in both calendars", async () => {
    const assignedAt = new Date("2026-12-18T15:00:00Z");
    for (const kind of ["MUNICIPALITY", "TOKYO_PARTNER"] as const) {
      for (let day = 0; day < 24; day++) {
        const now = new Date(assignedAt.getTime() + day * 86_400_000 + 7 * 3_600_000);
        const [row] = await db().$queryRaw<{ overdue: boolean }[]>`
          SELECT ${overdueForwardSql(3, Prisma.sql`${now}::timestamptz`)} AS overdue
          FROM (SELECT 'PENDING'::"AssignmentState" AS state, ${assignedAt}::timestamptz AS "assignedAt") a,
               (SELECT ${kind}::"OrganisationKind" AS kind) o`;
        expect(row!.overdue, `${kind} at ${now.toISOString()}`).toBe(forwardWait(assignedAt, kind, 3, now).overdue);
      }
    }
  });

  it("reminds a forward once when two runs race (two instances at the same moment)", async () => {
    const { id } = await forwarded(["essen", "koeln"], daysAgo(20));
    const now = new Date();
    const [first, second] = await Promise.all([sendForwardReminders(db(), { days: 3, now }), sendForwardReminders(db(), { days: 3, now })]);
    expect(first + second).toBe(2);
    expect((await reminders(id)).map((m) => m.toAddress)).toEqual(["jonas.becker@koeln.example.org", "lea.wolf@koeln.example.org", "mira.schulz@essen.example.org"]);
  });
});

describe("the inbox filter 'overdue forwards'", () => {
  it("finds inquiries with an overdue forward; a partner only its own overdue forwards", async () => {
    // Köln overdue, Essen forwarded just now; and one inquiry with only fresh forwards.
    const late = await forwarded(["koeln"], daysAgo(14));
    await performAction(staff.gateway, { action: "forward", reference: late.reference, version: await version(late.reference), targetOrganisationIds: [ids["essen"]!] }, { delivery: "outbox" });
    const fresh = await forwarded(["koeln", "essen"]);
    const found = async (who: Staff) => (await loadInbox(who, { forward: "overdue" }))!.rows.map((r) => r.reference);

    expect(await found(staff.gateway)).toContain(late.reference);
    expect(await found(staff.gateway)).not.toContain(fresh.reference);
    expect(await found(staff.koeln)).toContain(late.reference);
    // Essen holds the late inquiry too, but its own forward is not overdue.
    expect(await found(staff.essen)).not.toContain(late.reference);
    expect((await loadInbox(staff.essen, { q: late.reference }))!.rows.map((r) => r.reference)).toEqual([late.reference]);

    // The rows carry the same flag; the case shows the forward as overdue.
    const row = (await loadInbox(staff.gateway, { q: late.reference }))!.rows[0]!;
    expect(row.overdueForward).toBe(true);
    expect((await loadInbox(staff.essen, { q: late.reference }))!.rows[0]!.overdueForward).toBe(false);
    expect((await loadInbox(staff.gateway, { q: fresh.reference }))!.rows[0]!.overdueForward).toBe(false);

    // Accepting ends it.
    expect(await performAction(staff.koeln, { action: "accept", reference: late.reference, version: await version(late.reference) }, { delivery: "outbox" })).toEqual({ ok: true });
    expect(await found(staff.gateway)).not.toContain(late.reference);
  });
});

describe("re-forwarding after a withdrawal", () => {
  it("keeps the withdrawn forward and its reminder in the history; the new forward is reminded on its own", async () => {
    const { reference, id } = await forwarded(["koeln"], daysAgo(10));
    expect(await sendForwardReminders(db(), { days: 3 })).toBeGreaterThanOrEqual(1);
    expect(await reminders(id)).toHaveLength(2);
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "Köln antwortet nicht" })).toEqual({ ok: true });
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["tokyo-partner"]!] }, { delivery: "outbox" })).toEqual({ ok: true });

    const assignments = await db().assignment.findMany({ where: { inquiryId: id }, include: { organisation: { select: { slug: true } } }, orderBy: { assignedAt: "asc" } });
    const partners = assignments.filter((a) => a.organisation.slug !== "nrw-global-business");
    expect(partners.map((a) => [a.organisation.slug, a.state, a.remindedAt !== null])).toEqual([
      ["koeln", "WITHDRAWN", true],
      ["tokyo-partner", "PENDING", false],
    ]);
    const events = await db().inquiryEvent.findMany({ where: { inquiryId: id }, orderBy: { id: "asc" } });
    expect(events.filter((e) => e.type === "FORWARDED" || e.type === "WITHDRAWN").map((e) => [e.type, e.targetOrganisationId])).toEqual([
      ["FORWARDED", ids["koeln"]],
      ["WITHDRAWN", ids["koeln"]],
      ["FORWARDED", ids["tokyo-partner"]],
    ]);
    // Köln no longer sees it; the gateway's case shows the whole story.
    expect(await loadInquiryDetail(staff.koeln, reference)).toBeNull();
    const seen = (await loadInquiryDetail(staff.gateway, reference))!.inquiry.assignments.map((a) => `${a.organisation.kind}:${a.state}`);
    expect(seen.sort()).toEqual(["GATEWAY:ACCEPTED", "MUNICIPALITY:WITHDRAWN", "TOKYO_PARTNER:PENDING"]);

    // A withdrawn forward is never reminded again; the new one is, once it is overdue.
    await db().assignment.updateMany({ where: { inquiryId: id, organisationId: ids["tokyo-partner"] }, data: { assignedAt: daysAgo(12) } });
    expect(await sendForwardReminders(db(), { days: 3 })).toBe(1);
    expect((await reminders(id)).map((m) => m.toAddress)).toEqual(["jonas.becker@koeln.example.org", "lea.wolf@koeln.example.org", "sato@tokyo.example.jp"]);
  });
});

describe("the reminder job on pg-boss", () => {
  it("has one schedule however many instances start it, and a run reminds what is due", async () => {
    const { id } = await forwarded(["koeln"], daysAgo(9));
    const first = await startForwardReminderJob({ databaseUrl: process.env.DATABASE_URL!, days: 3, cron: "0 * * * *", ownClient: true });
    const second = await startForwardReminderJob({ databaseUrl: process.env.DATABASE_URL!, days: 3, cron: "0 * * * *", ownClient: true });
    try {
      const schedules = await first.boss.getSchedules(REMINDER_QUEUE);
      expect(schedules).toHaveLength(1);
      expect(schedules[0]).toMatchObject({ cron: "0 * * * *", timezone: REMINDER_TIME_ZONE });
      const jobs = [await first.boss.send(REMINDER_QUEUE, {}), await second.boss.send(REMINDER_QUEUE, {})].filter((job) => job !== null);
      await expect.poll(async () => (await reminders(id)).length, { timeout: 20_000, interval: 250 }).toBe(2);
      // Every run done (the singleton queue runs them one after the other): still one reminder per person.
      const states = async () => Promise.all(jobs.map(async (job) => (await first.boss.getJobById(REMINDER_QUEUE, job))?.state));
      await expect.poll(states, { timeout: 20_000, interval: 250 }).toEqual(jobs.map(() => "completed"));
      expect(await reminders(id)).toHaveLength(2);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
