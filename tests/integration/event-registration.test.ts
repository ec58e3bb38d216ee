// Registration for information events (issue #20) on a real PostgreSQL: no
// overbooking when 50 register at once for 20 places, a double click registering
// once, cancellation moving the first waiting person up (and telling them), host
// approval, reminders written once with two workers at once, the retention rule
// anonymising while keeping counts, and erasure by e-mail address.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { eraseApplicant, exportApplicantData } from "@/lib/dataprotection/applicant";
import { runRetention } from "@/lib/dataprotection/retention";
import { issueFormToken, readFormToken } from "@/lib/events/form-token";
import { cancelRegistration, decideRegistration, registerForEvent, registrationCounts } from "@/lib/events/registration";
import type { RegistrationData } from "@/lib/events/registration-schema";
import { sendEventReminders } from "@/lib/events/reminders";
import { anonymiseRegistrationsOf } from "@/lib/events/retention";
import { registrationsCsv, registrationsXlsx } from "@/lib/events/export";
import { eventsHeldInPeriod, hostEventDetail, hostEvents } from "@/lib/events/host";
import ExcelJS from "exceljs";
import { seedOrganisations } from "@/prisma/seed/index";
import { createOnlineEvent } from "./event-fixtures";
import { principal } from "./staff-principals";

const ONLINE_URL = "https://meet.example.org/j/secret-room";
let seq = 0;

const createEvent = (slug: string, options: { capacity: number | null; requiresApproval?: boolean; startsAt?: Date }) => createOnlineEvent(slug, { ...options, onlineUrl: ONLINE_URL });

function person(n: number, locale: "de" | "ja" | "en" = "ja"): RegistrationData {
  return { name: `山田 ${n}`, nameLatin: `Yamada ${n}`, company: `株式会社テスト${n}`, role: null, email: `person${n}@example.jp`, locale, direction: "TOKYO_TO_NRW", slotId: null, answers: {} };
}

function register(slug: string, data: RegistrationData, token = issueFormToken(Date.now() - 60_000), prisma = db()) {
  return registerForEvent(
    { eventSlug: slug, data, formToken: token, formShownAt: readFormToken(token)!, clientIp: `198.51.100.${++seq % 250}` },
    { prisma, minFillSeconds: 3, rateLimitPerHour: 10_000, mailDelivery: "outbox" },
  );
}

const mailsTo = (email: string) => db().outboundMail.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await seedOrganisations(db());
});

describe("registration for an information event", () => {
  it("confirms exactly 20 and puts 30 on the waiting list when 50 register at once for 20 places, through two processes' clients", async () => {
    const event = await createEvent("concurrent-20", { capacity: 20 });
    // A second client plays a second app instance: only the event's row lock orders the two.
    const other = createPrismaClient(env.DATABASE_URL!, 10);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => register(event.slug, person(i), undefined, i % 2 ? other : db())));
    await other.$disconnect();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await registrationCounts(event.id)).toEqual({ CONFIRMED: 20, WAITING: 30, PENDING: 0, DECLINED: 0, CANCELLED: 0, WITHDRAWN: 0 });

    // Confirmed: the Japanese confirmation with the online link and an .ics; waiting: neither.
    const confirmed = await db().eventRegistration.findFirstOrThrow({ where: { eventId: event.id, status: "CONFIRMED" } });
    const [mail] = await mailsTo(confirmed.email);
    expect(mail).toMatchObject({ kind: "EVENT_CONFIRMED", locale: "ja", subject: "【参加確定】東京ウェビナー" });
    expect(mail!.text).toContain(ONLINE_URL);
    expect(mail!.text).toContain(`/ja/events/registration/${confirmed.cancelToken}`);
    const attachments = mail!.attachments as { filename: string; content: string }[];
    expect(attachments[0]!.filename).toBe("concurrent-20.ics");
    expect(attachments[0]!.content).toContain("BEGIN:VEVENT");
    expect(attachments[0]!.content).toContain("SUMMARY:東京ウェビナー");
    const waiting = await db().eventRegistration.findFirstOrThrow({ where: { eventId: event.id, status: "WAITING" } });
    const [notice] = await mailsTo(waiting.email);
    expect(notice).toMatchObject({ kind: "EVENT_WAITING", attachments: null });
    expect(notice!.text).not.toContain(ONLINE_URL);
  });

  it("registers a double click once", async () => {
    const event = await createEvent("double-click", { capacity: 5 });
    const token = issueFormToken(Date.now() - 60_000);
    const [a, b] = await Promise.all([register(event.slug, person(900), token), register(event.slug, person(900), token)]);
    expect(a.ok && b.ok).toBe(true);
    expect(await db().eventRegistration.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db().outboundMail.count({ where: { toAddress: "person900@example.jp" } })).toBe(1);
  });

  it("refuses a form sent faster than the minimum fill time, and a closed event", async () => {
    const event = await createEvent("fast-and-closed", { capacity: 5 });
    const token = issueFormToken();
    expect(await registerForEvent({ eventSlug: event.slug, data: person(901), formToken: token, formShownAt: readFormToken(token)!, clientIp: "203.0.113.9" }, { minFillSeconds: 3, mailDelivery: "outbox" })).toEqual({ ok: false, reason: "tooFast" });
    await db().informationEvent.update({ where: { id: event.id }, data: { registrationDeadline: new Date(Date.now() - 1000) } });
    expect(await register(event.slug, person(902))).toEqual({ ok: false, reason: "closed" });
    expect(await db().eventRegistration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("moves the first waiting person up when a confirmed one cancels by link, and tells both", async () => {
    const event = await createEvent("cancel-moves-up", { capacity: 1 });
    const first = await register(event.slug, person(910));
    const second = await register(event.slug, person(911, "de"));
    const third = await register(event.slug, person(912));
    expect([first, second, third].map((r) => r.ok && r.status)).toEqual(["CONFIRMED", "WAITING", "WAITING"]);
    const token = first.ok ? first.cancelToken! : "";
    expect(await cancelRegistration(token, { mailDelivery: "outbox" })).toEqual({ ok: true, alreadyCancelled: false });
    expect(await cancelRegistration(token, { mailDelivery: "outbox" })).toEqual({ ok: true, alreadyCancelled: true });
    const statuses = await db().eventRegistration.findMany({ where: { eventId: event.id }, orderBy: { email: "asc" }, select: { email: true, status: true } });
    expect(statuses).toEqual([
      { email: "person910@example.jp", status: "CANCELLED" },
      { email: "person911@example.jp", status: "CONFIRMED" },
      { email: "person912@example.jp", status: "WAITING" },
    ]);
    expect((await mailsTo("person910@example.jp")).map((m) => m.kind)).toEqual(["EVENT_CONFIRMED", "EVENT_CANCELLED"]);
    const moved = await mailsTo("person911@example.jp");
    expect(moved.map((m) => m.kind)).toEqual(["EVENT_WAITING", "EVENT_MOVED_UP"]);
    expect(moved[1]).toMatchObject({ locale: "de", subject: "Ein Platz ist frei geworden: Webinar Tokyo" });
    expect(moved[1]!.text).toContain(ONLINE_URL);
    expect(moved[1]!.attachments).not.toBeNull();
    expect(await cancelRegistration("not-a-real-token-at-all-0000", { mailDelivery: "outbox" })).toEqual({ ok: false, reason: "notFound" });
  });

  it("lets the host confirm or decline when approval is required; a decline frees the place", async () => {
    const event = await createEvent("approval", { capacity: 1, requiresApproval: true });
    const a = await register(event.slug, person(920, "en"));
    const b = await register(event.slug, person(921, "en"));
    expect([a, b].map((r) => r.ok && r.status)).toEqual(["PENDING", "WAITING"]);
    const pending = await db().eventRegistration.findFirstOrThrow({ where: { eventId: event.id, status: "PENDING" } });
    expect(await decideRegistration(pending.id, "decline", "Leider nur für Unternehmen aus Tokyo.", { mailDelivery: "outbox" })).toBe(true);
    const declined = await mailsTo("person920@example.jp");
    expect(declined.at(-1)).toMatchObject({ kind: "EVENT_DECLINED" });
    expect(declined.at(-1)!.text).toContain("Leider nur für Unternehmen aus Tokyo.");
    // The waiting person moved up to PENDING (the host still decides), then the host confirms.
    const next = await db().eventRegistration.findFirstOrThrow({ where: { email: "person921@example.jp" } });
    expect(next.status).toBe("PENDING");
    expect(await decideRegistration(next.id, "confirm", null, { mailDelivery: "outbox" })).toBe(true);
    expect((await mailsTo("person921@example.jp")).map((m) => m.kind)).toEqual(["EVENT_WAITING", "EVENT_MOVED_UP", "EVENT_CONFIRMED"]);
  });

  it("writes each reminder once when two workers run at the same time", async () => {
    const now = new Date();
    const event = await createEvent("reminder", { capacity: 10, startsAt: new Date(now.getTime() + 20 * 3_600_000) });
    for (let i = 0; i < 4; i++) await register(event.slug, person(930 + i));
    const later = await createEvent("reminder-later", { capacity: 10, startsAt: new Date(now.getTime() + 50 * 3_600_000) });
    await register(later.slug, person(940));
    const [one, two] = await Promise.all([sendEventReminders(db(), { now, mailDelivery: "outbox" }), sendEventReminders(db(), { now, mailDelivery: "outbox" })]);
    expect(one + two).toBe(4);
    expect(await db().outboundMail.count({ where: { kind: "EVENT_REMINDER", toAddress: { in: ["person930@example.jp", "person931@example.jp", "person932@example.jp", "person933@example.jp"] } } })).toBe(4);
    expect(await sendEventReminders(db(), { now, mailDelivery: "outbox" })).toBe(0);
    expect(await db().outboundMail.count({ where: { kind: "EVENT_REMINDER", toAddress: "person940@example.jp" } })).toBe(0);
    const [reminder] = await db().outboundMail.findMany({ where: { kind: "EVENT_REMINDER", toAddress: "person930@example.jp" } });
    expect(reminder!.subject).toBe("【明日開催】東京ウェビナー");
  });

  it("anonymises registrations EVENT_RETENTION_MONTHS after the event and keeps the counts", async () => {
    const event = await createEvent("retention", { capacity: 1 });
    await register(event.slug, person(950));
    await register(event.slug, person(951));
    const before = await registrationCounts(event.id);
    // Seven months after the event, with the default of six.
    const now = new Date(event.endsAt.getTime() + 7 * 31 * 86_400_000);
    const report = await runRetention(db(), { months: 24, eventMonths: 6, now });
    expect(report.eventRegistrationsAnonymised).toBeGreaterThanOrEqual(2);
    expect(await registrationCounts(event.id)).toEqual(before);
    const rows = await db().eventRegistration.findMany({ where: { eventId: event.id } });
    for (const r of rows) {
      expect(r).toMatchObject({ name: "—", email: "—", company: "—", nameLatin: null, answers: {} });
      expect(r.anonymisedAt).not.toBeNull();
    }
    // Five months after the event nothing is due for an event that ends later.
    const recent = await createEvent("retention-recent", { capacity: 1 });
    await register(recent.slug, person(952));
    await runRetention(db(), { months: 24, eventMonths: 6, now: new Date(recent.endsAt.getTime() + 5 * 30 * 86_400_000) });
    expect((await db().eventRegistration.findFirstOrThrow({ where: { eventId: recent.id } })).email).toBe("person952@example.jp");
  });

  it("finds and erases a person's registrations by e-mail address, case aside", async () => {
    const event = await createEvent("erasure", { capacity: 5 });
    await register(event.slug, { ...person(960), email: "Erase.Me@Example.jp" });
    const gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
    const exported = await exportApplicantData(gateway, "erase.me@example.jp");
    expect(exported!.inquiries).toEqual([]);
    expect(exported!.eventRegistrations).toMatchObject([{ event: "erasure", status: "CONFIRMED", answers: { name: "山田 960", email: "Erase.Me@Example.jp" } }]);
    expect(exported!.eventMails.map((m) => m.kind)).toEqual(["EVENT_CONFIRMED"]);
    expect(await eraseApplicant({ ...gateway, name: "Gateway" }, "erase.me@example.jp", "request")).toEqual({ ok: true, erased: [] });
    expect(await exportApplicantData(gateway, "erase.me@example.jp")).toBeNull();
    expect(await anonymiseRegistrationsOf(db(), "erase.me@example.JP")).toBe(0);
    expect(await db().eventRegistration.count({ where: { email: { equals: "erase.me@example.jp", mode: "insensitive" } } })).toBe(0);
    expect(await registrationCounts(event.id)).toMatchObject({ CONFIRMED: 1 });
  });

  it("shows the list and the export to the event's host and the gateway only, Japanese text intact", async () => {
    const event = await createEvent("host-view", { capacity: 5 });
    await register(event.slug, { ...person(970), name: "山田 花子", company: "株式会社さくら" });
    const gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
    const tokyo = await principal("PARTNER", "tokyo-partner", "tokyo");
    const essen = await principal("PARTNER", "essen", "essen");
    const owner = await principal("PROGRAMME_OWNER", "nrw-global-business", "owner");
    expect(await hostEventDetail(essen, event.slug, "de")).toBeNull();
    expect(await hostEventDetail(owner, event.slug, "de")).toBeNull();
    expect((await hostEvents(essen, "de"))!.map((e) => e.slug)).not.toContain(event.slug);
    expect((await hostEvents(tokyo, "ja"))!.map((e) => e.slug)).toContain(event.slug);
    expect((await hostEventDetail(gateway, event.slug, "de"))!.registrations).toHaveLength(1);
    const detail = (await hostEventDetail(tokyo, event.slug, "ja"))!;
    expect(detail.counts.CONFIRMED).toBe(1);
    const csv = registrationsCsv(detail, "ja");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("山田 花子,Yamada 970,株式会社さくら");
    expect(csv).toContain("参加確定");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registrationsXlsx(detail, "ja")) as never);
    expect(workbook.worksheets[0]!.getRow(3).getCell(1).value).toBe("山田 花子");
    // The report's query: events held in a period with their counts, no names.
    const held = await eventsHeldInPeriod(new Date(event.startsAt.getTime() - 1000), new Date(event.startsAt.getTime() + 1000));
    expect(held.filter((e) => e.slug === "host-view")).toEqual([{ slug: "host-view", startsAt: event.startsAt, counts: { CONFIRMED: 1, PENDING: 0, WAITING: 0, DECLINED: 0, CANCELLED: 0, WITHDRAWN: 0 }, checkedIn: 0 }]);
  });
});
