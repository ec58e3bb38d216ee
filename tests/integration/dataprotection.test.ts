// Data protection on a real PostgreSQL: the anonymisation routine, the retention
// rule and its job, the applicant export and erasure on request.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { anonymiseInquiry, ERASED_OUTCOME } from "@/lib/dataprotection/anonymise";
import { eraseApplicant, exportApplicantData, findApplicantInquiries } from "@/lib/dataprotection/applicant";
import { retentionCutoff, runRetention } from "@/lib/dataprotection/retention";
import { RETENTION_CRON, RETENTION_QUEUE, RETENTION_TIME_ZONE, startRetentionJob } from "@/lib/dataprotection/retention-job";
import { db } from "@/lib/db/client";
import { addNote, performAction } from "@/lib/casework/workflow-service";
import { seedOrganisations } from "@/prisma/seed/index";
import { japaneseAnswers } from "./inquiry-fixtures";
import { submitJapaneseInquiry as submit } from "./submitted-inquiry";

const staff: Record<"gateway" | "essen", Staff> = {} as never;
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string, name: string): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  return {
    sessionId: `session-${name}`,
    userId: `user-${name}`,
    role,
    organisationId: org.id,
    name,
    email: `${name}@example.org`,
    twoFactorEnabled: true,
    organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}

/** Submits an inquiry as the form would; returns its reference and id. */

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;

/** Every row the portal holds about an inquiry, as one JSON text. */
async function everythingAbout(inquiryId: string): Promise<string> {
  const rows = await Promise.all([
    db().inquiry.findUniqueOrThrow({ where: { id: inquiryId } }),
    db().assignment.findMany({ where: { inquiryId } }),
    db().inquiryEvent.findMany({ where: { inquiryId } }),
    db().inquiryNote.findMany({ where: { inquiryId } }),
    db().outboundMail.findMany({ where: { inquiryId } }),
    db().inquiryDraft.findMany({ where: { submittedInquiryId: inquiryId } }),
  ]);
  return JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  staff.essen = await principal("PARTNER", "essen", "Erik Essen");
});

describe("anonymising one inquiry", () => {
  const forwardNote = "Bitte Frau Yamada direkt zurückrufen";
  const returnReason = "Frau Hanako Yamada möchte lieber nach Düsseldorf";
  const noteText = "Telefonat mit Hanako Yamada am Montag, Handy 090-1234-5678";
  let inquiry: { reference: string; id: string };
  let before: Awaited<ReturnType<typeof loadStats>>;

  const loadStats = (id: string) =>
    db().inquiry.findUniqueOrThrow({
      where: { id },
      include: {
        preferences: { orderBy: { organisationId: "asc" } },
        assignments: { orderBy: { assignedAt: "asc" }, select: { organisationId: true, state: true, assignedAt: true, respondedAt: true, closedAt: true } },
        events: { orderBy: { id: "asc" }, select: { id: true, type: true, actorOrganisationId: true, actorLabel: true, targetOrganisationId: true, createdAt: true } },
        mails: { orderBy: { createdAt: "asc" }, select: { kind: true, locale: true, createdAt: true } },
      },
    });

  beforeAll(async () => {
    inquiry = await submit();
    const { reference } = inquiry;
    await db().inquiryDraft.create({
      data: { data: { confirmation: { reference } }, expiresAt: new Date(Date.now() + 3_600_000), submittedInquiryId: inquiry.id },
    });
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!], note: forwardNote })).toEqual({ ok: true });
    expect(await performAction(staff.essen, { action: "return", reference, version: await version(reference), reason: returnReason })).toEqual({ ok: true });
    expect(await addNote(staff.gateway, reference, noteText)).toEqual({ ok: true });
    expect(await performAction(staff.gateway, { action: "close", reference, version: await version(reference), outcome: "referred", summary: "An die IHK verwiesen" })).toEqual({ ok: true });
    before = await loadStats(inquiry.id);
  });

  it("removes every personal value from every row about the inquiry", async () => {
    const personal = [
      japaneseAnswers.companyName,
      japaneseAnswers.companyNameLatin!,
      japaneseAnswers.website!,
      japaneseAnswers.hqCity,
      japaneseAnswers.contactName,
      japaneseAnswers.contactRole!,
      japaneseAnswers.contactEmail,
      japaneseAnswers.contactPhone,
      japaneseAnswers.description.slice(0, 20),
      "Yamada",
      forwardNote,
      returnReason,
      noteText,
    ];
    const beforeText = await everythingAbout(inquiry.id);
    // The scan can find what it looks for: every value is there before.
    for (const value of personal) expect(beforeText).toContain(value);

    expect(await anonymiseInquiry(db(), inquiry.id, { ground: "retention", actor: null })).toBe(true);

    const afterText = await everythingAbout(inquiry.id);
    for (const value of personal) expect(afterText).not.toContain(value);
    expect(await db().inquiryDraft.count({ where: { submittedInquiryId: inquiry.id } })).toBe(0);
  });

  it("keeps the statistics, the timeline's types, actors and times, and marks the inquiry", async () => {
    const after = await loadStats(inquiry.id);
    for (const key of ["reference", "direction", "status", "outcome", "sectors", "supportNeeds", "hqCountry", "sizeBand", "isStartup", "timeline", "plannedInvestment", "plannedJobs", "locale", "replyLocale", "submittedAt", "firstResponseAt", "closedAt", "consentedAt", "privacyNoticeVersion"] as const) {
      expect(after[key], key).toEqual(before[key]);
    }
    expect(after.preferences).toEqual(before.preferences);
    expect(after.assignments).toEqual(before.assignments);
    expect(after.mails).toEqual(before.mails);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.slice(before.events.length).map((e) => e.type)).toEqual(["ANONYMISED"]);
    expect(after.anonymisedAt).toBeInstanceOf(Date);
    const returned = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: inquiry.id, type: "RETURNED" } });
    expect(returned.data).toEqual({ redacted: true });
  });

  it("is idempotent: a second run changes nothing and adds no event", async () => {
    const snapshot = await everythingAbout(inquiry.id);
    expect(await anonymiseInquiry(db(), inquiry.id, { ground: "retention", actor: null })).toBe(false);
    expect(await everythingAbout(inquiry.id)).toBe(snapshot);
  });

  it("can no longer be worked on: no reopening, no new notes", async () => {
    const v = await version(inquiry.reference);
    expect(await performAction(staff.gateway, { action: "reopen", reference: inquiry.reference, version: v })).toEqual({ ok: false, error: "notAllowed" });
    expect(await addNote(staff.gateway, inquiry.reference, "Hanako Yamada called again")).toEqual({ ok: false, error: "notAllowed" });
    expect(await version(inquiry.reference)).toBe(v);
  });

  it("leaves the timeline append-only: only an anonymised inquiry's events may lose payload keys", async () => {
    const other = await submit({ contactEmail: "append.only@example.jp" });
    const [event] = await db().inquiryEvent.findMany({ where: { inquiryId: other.id, type: "SUBMITTED" } });
    // Not anonymised: no change at all, not even a redaction.
    await expect(db().$executeRaw`UPDATE "InquiryEvent" SET "data" = '{"redacted": true}' WHERE "id" = ${event!.id}`).rejects.toThrow(/append-only/);
    const anonymisedEvent = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: inquiry.id, type: "SUBMITTED" } });
    // Anonymised: values can be neither added nor changed, nor can anything but the payload.
    await expect(db().$executeRaw`UPDATE "InquiryEvent" SET "data" = '{"redacted": true, "reason": "x"}' WHERE "id" = ${anonymisedEvent.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`UPDATE "InquiryEvent" SET "type" = 'REOPENED' WHERE "id" = ${anonymisedEvent.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`UPDATE "InquiryEvent" SET "createdAt" = now() WHERE "id" = ${anonymisedEvent.id}`).rejects.toThrow(/append-only/);
  });
});

describe("the retention rule", () => {
  const now = new Date("2026-11-20T10:00:00Z");
  const DAY = 86_400_000;
  const monthsAgo = (months: number) => retentionCutoff(now, months);

  async function closedAt(closed: Date | null, email: string) {
    const inquiry = await submit({ contactEmail: email, contactName: `Retention ${email}` });
    await db().inquiry.update({
      where: { id: inquiry.id },
      data: closed ? { status: "CLOSED", closedAt: closed, outcome: "referred", submittedAt: new Date(closed.getTime() - 30 * DAY) } : { status: "TRIAGED", submittedAt: monthsAgo(30) },
    });
    return inquiry.id;
  }

  it("anonymises inquiries closed longer than the period, keeps younger and open ones, and is idempotent", async () => {
    const old = await closedAt(new Date(monthsAgo(24).getTime() - DAY), "old.closed@example.de");
    const older = await closedAt(monthsAgo(40), "older.closed@example.de");
    const young = await closedAt(monthsAgo(23), "young.closed@example.de");
    const edge = await closedAt(new Date(monthsAgo(24).getTime() + DAY), "almost.due@example.de");
    const open = await closedAt(null, "still.open@example.de");
    const expiredDraft = await db().inquiryDraft.create({ data: { expiresAt: new Date(now.getTime() - 1000) } });
    const liveDraft = await db().inquiryDraft.create({ data: { expiresAt: new Date(now.getTime() + 3_600_000) } });

    // Batches of one: the loop must fetch until nothing is due.
    const first = await runRetention(db(), { months: 24, now, batchSize: 1 });
    expect(first.anonymised).toBeGreaterThanOrEqual(2);
    const state = async (id: string) => (await db().inquiry.findUniqueOrThrow({ where: { id } })).anonymisedAt !== null;
    expect(await state(old)).toBe(true);
    expect(await state(older)).toBe(true);
    expect(await state(young)).toBe(false);
    expect(await state(edge)).toBe(false);
    expect(await state(open)).toBe(false);
    expect(await db().inquiryDraft.findUnique({ where: { id: expiredDraft.id } })).toBeNull();
    expect(await db().inquiryDraft.findUnique({ where: { id: liveDraft.id } })).not.toBeNull();
    expect(first.draftsDeleted).toBeGreaterThanOrEqual(1);

    const events = await db().inquiryEvent.count({ where: { type: "ANONYMISED" } });
    expect(await runRetention(db(), { months: 24, now })).toEqual({ anonymised: 0, closedInactive: 0, draftsDeleted: 0, inboundMailsDeleted: 0, eventRegistrationsAnonymised: 0 });
    expect(await db().inquiryEvent.count({ where: { type: "ANONYMISED" } })).toBe(events);
    const event = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: old, type: "ANONYMISED" } });
    expect(event).toMatchObject({ actorOrganisationId: null, actorLabel: null, data: { ground: "retention" } });
  });

  it("counts calendar months, also from a month's last day", () => {
    expect(retentionCutoff(new Date("2026-03-31T12:00:00Z"), 1).toISOString()).toBe("2026-02-28T12:00:00.000Z");
    expect(retentionCutoff(new Date("2026-11-20T10:00:00Z"), 24).toISOString()).toBe("2024-11-20T10:00:00.000Z");
  });
});

describe("the retention job on pg-boss", () => {
  it("is scheduled daily at 03:15 Berlin time and, when run, anonymises what is due", async () => {
    const due = await submit({ contactEmail: "job.due@example.de", contactName: "Job Due" });
    const longAgo = new Date(Date.now() - 30 * 31 * 86_400_000);
    await db().inquiry.update({ where: { id: due.id }, data: { status: "CLOSED", closedAt: longAgo, outcome: "referred" } });
    const job = await startRetentionJob({ databaseUrl: process.env.DATABASE_URL!, months: 24, ownClient: true });
    try {
      const [schedule] = await job.boss.getSchedules(RETENTION_QUEUE);
      expect(schedule).toMatchObject({ cron: RETENTION_CRON, timezone: RETENTION_TIME_ZONE });
      await job.boss.send(RETENTION_QUEUE, {});
      await expect
        .poll(async () => (await db().inquiry.findUniqueOrThrow({ where: { id: due.id } })).anonymisedAt, { timeout: 20_000, interval: 250 })
        .toBeInstanceOf(Date);
    } finally {
      await job.stop();
    }
  });
});

describe("one applicant's data", () => {
  const email = "Kenta.O_Brien@Example.jp";
  let mine: { reference: string; id: string }[] = [];
  let theirs: { reference: string; id: string };

  beforeAll(async () => {
    mine = [await submit({ contactEmail: email, contactName: "Kenta O'Brien" }), await submit({ contactEmail: email.toLowerCase(), contactName: "Kenta O'Brien", companyName: "Second Venture K.K." })];
    // "_" is a LIKE wildcard: this other person's address must never match.
    theirs = await submit({ contactEmail: "kenta.oxbrien@example.jp", contactName: "Someone Else" });
    const reference = mine[0]!.reference;
    await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!] });
    await addNote(staff.essen, reference, "Kenta prefers calls after 16:00");
  });

  it("is found by e-mail address regardless of case, and only that applicant", async () => {
    const found = await findApplicantInquiries(staff.gateway, "KENTA.O_BRIEN@example.JP");
    expect(found?.map((i) => i.reference).sort()).toEqual(mine.map((i) => i.reference).sort());
  });

  it("exports everything about the applicant and nothing about anyone else", async () => {
    const data = await exportApplicantData(staff.gateway, "kenta.o_brien@example.jp");
    expect(data).not.toBeNull();
    const text = JSON.stringify(data);
    expect(data!.inquiries.map((i) => i.reference).sort()).toEqual(mine.map((i) => i.reference).sort());
    const first = data!.inquiries.find((i) => i.reference === mine[0]!.reference)!;
    expect(first.answers).toMatchObject({ contactName: "Kenta O'Brien", contactPhone: japaneseAnswers.contactPhone, description: japaneseAnswers.description });
    expect(first.answers.preferredMunicipalities).toHaveLength(2);
    expect(first.history.map((e) => e.type)).toEqual(["SUBMITTED", "ROUTED_TO_GATEWAY", "FORWARDED", "NOTE_ADDED"]);
    expect(first.assignments.map((a) => a.state)).toEqual(["ACCEPTED", "PENDING"]);
    expect(first.internalNotes.map((n) => n.text)).toEqual(["Kenta prefers calls after 16:00"]);
    // The forward told the applicant which organisation will contact them (lib/notifications/).
    expect(first.mails.map((m) => m.kind).sort()).toEqual(["APPLICANT_STATUS", "GATEWAY_NOTIFICATION", "INQUIRY_CONFIRMATION"]);
    expect(text).not.toContain(theirs.reference);
    expect(text).not.toContain("Someone Else");
    // Staff appear by organisation, never by name.
    expect(text).not.toContain(staff.essen.name);
  });

  it("has nothing for an unknown address or without the permission", async () => {
    expect(await exportApplicantData(staff.gateway, "nobody@example.jp")).toBeNull();
    expect(await exportApplicantData(staff.essen, email)).toBeNull();
    expect(await findApplicantInquiries(staff.essen, email)).toBeNull();
  });

  it("erases on request: open inquiries are closed, all are anonymised, the other applicant is untouched", async () => {
    expect(await eraseApplicant(staff.essen, email, "request")).toEqual({ ok: false, error: "notFound" });
    const result = await eraseApplicant(staff.gateway, email.toUpperCase(), "consentWithdrawn");
    expect(result.ok && result.erased.sort()).toEqual(mine.map((i) => i.reference).sort());

    for (const { id } of mine) {
      const inquiry = await db().inquiry.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } }, assignments: true } });
      expect(inquiry).toMatchObject({ status: "CLOSED", outcome: ERASED_OUTCOME, contactEmail: "", contactName: "" });
      expect(inquiry.anonymisedAt).toBeInstanceOf(Date);
      expect(inquiry.assignments.every((a) => a.state !== "PENDING" && a.state !== "ACCEPTED")).toBe(true);
      expect(inquiry.events.slice(-2).map((e) => [e.type, e.data, e.actorLabel, e.actorOrganisationId])).toEqual([
        ["CLOSED", { outcome: ERASED_OUTCOME }, staff.gateway.name, staff.gateway.organisationId],
        ["ANONYMISED", { ground: "consentWithdrawn" }, staff.gateway.name, staff.gateway.organisationId],
      ]);
      expect(await everythingAbout(id)).not.toMatch(/Kenta|O'Brien|o_brien/i);
    }
    expect(await findApplicantInquiries(staff.gateway, email)).toEqual([]);
    expect(await exportApplicantData(staff.gateway, email)).toBeNull();
    expect((await db().inquiry.findUniqueOrThrow({ where: { id: theirs.id } })).contactName).toBe("Someone Else");
    // A second request finds nothing left to erase.
    expect(await eraseApplicant(staff.gateway, email, "request")).toEqual({ ok: false, error: "notFound" });
  });
});
