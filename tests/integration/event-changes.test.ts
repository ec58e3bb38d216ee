// Changes to an event that has registrations (issue #20 follow-up) on a real PostgreSQL.
// A change of time or place: everyone still expecting a place gets one mail in their
// language with the new date in both zones, the confirmed with the online link and an
// .ics with the same UID and a higher SEQUENCE, only
// when time, end, venue or link changed, once per published change, also with two
// instances applying it at once. Withdrawing: the editor is told how many will be told and must confirm; publishing the
// unlisted version ends every registration still holding a place, waiting or awaiting
// approval as WITHDRAWN and writes one mail each in the person's language with the
// hosts' contact; cancelled ones stay as they were; counts show it; publishing again
// revives nobody; running the withdrawal twice, or in two instances at once, tells
// nobody twice; an event that has started tells nobody.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { loadEditor } from "@/lib/content/editor";
import { event as eventKind } from "@/lib/content/event-kind";
import type { EventPayload } from "@/lib/content/event-schema";
import { approve, publishNewest, saveDraft } from "@/lib/content/versions";
import { createPrismaClient, db } from "@/lib/db/client";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "@/lib/domain/catalog";
import { env } from "@/lib/env";
import { issueFormToken, readFormToken } from "@/lib/events/form-token";
import { hostEventDetail } from "@/lib/events/host";
import { cancelRegistration, registerForEvent, registrationCounts, withdrawalAudience, withdrawRegistrations } from "@/lib/events/registration";
import type { RegistrationData } from "@/lib/events/registration-schema";
import { seedOrganisations } from "@/prisma/seed/index";
import { createOnlineEvent } from "./event-fixtures";
import { principal } from "./staff-principals";

const ONLINE_URL = "https://zoom.us/j/4711000815";
const HOST_EMAIL = "events@tokyo-partner.example.jp";
let seq = 0;
let gateway: Staff;

const createEvent = (slug: string, startsAt = new Date(Date.now() + 20 * 86_400_000), capacity = 3) => createOnlineEvent(slug, { capacity, startsAt, onlineUrl: ONLINE_URL });

const person = (n: number, locale: "de" | "ja" | "en"): RegistrationData => ({ name: `Person ${n}`, nameLatin: null, company: `Firma ${n}`, role: null, email: `withdraw${n}@example.jp`, locale, direction: "TOKYO_TO_NRW", slotId: null, answers: {} });

async function register(slug: string, data: RegistrationData) {
  const token = issueFormToken(Date.now() - 60_000);
  const result = await registerForEvent({ eventSlug: slug, data, formToken: token, formShownAt: readFormToken(token)!, clientIp: `198.51.100.${++seq}` }, { minFillSeconds: 3, rateLimitPerHour: 10_000, mailDelivery: "outbox" });
  if (!result.ok) throw new Error(`registration refused: ${result.reason}`);
  return result;
}

const withdrawnMails = (eventEmailPrefix: string) => db().outboundMail.findMany({ where: { kind: "EVENT_WITHDRAWN", toAddress: { startsWith: eventEmailPrefix } }, orderBy: { toAddress: "asc" } });

beforeAll(async () => {
  await seedOrganisations(db());
  await db().organisation.update({ where: { slug: TOKYO_PARTNER_SLUG }, data: { email: HOST_EMAIL, phone: "+81 3 1234 5678" } });
  gateway = await principal("GATEWAY", GATEWAY_SLUG, "gateway");
});

describe("withdrawing an event with registrations", () => {
  it("asks the editor to confirm how many are told, then tells each in their language and ends their registrations for good", async () => {
    const event = await createEvent("withdrawn-webinar");
    await register(event.slug, person(1, "de")); // confirmed
    await register(event.slug, person(2, "ja")); // confirmed
    await db().informationEvent.update({ where: { id: event.id }, data: { requiresApproval: true } });
    await register(event.slug, person(3, "en")); // awaiting approval (third place)
    await register(event.slug, person(4, "ja")); // waiting: all three places held
    const leaving = await register(event.slug, person(5, "de")); // waiting, then cancels herself
    await cancelRegistration(leaving.cancelToken!, { mailDelivery: "outbox" });
    expect(await registrationCounts(event.id)).toEqual({ CONFIRMED: 2, PENDING: 1, WAITING: 1, DECLINED: 0, CANCELLED: 1, WITHDRAWN: 0 });

    const entity = { kind: "event" as const, key: event.slug };
    const editor = await loadEditor(gateway, "event", event.slug);
    const unlisted: EventPayload = { ...(editor!.payload as EventPayload), listed: false };
    await saveDraft(gateway, entity, unlisted);
    expect(await withdrawalAudience(event.slug)).toBe(4);

    // Without the confirmation nothing happens: the editor is told how many would be told.
    const blocked = await publishNewest(gateway, entity, () => undefined);
    expect(blocked).toEqual({ outcome: "blocked", issues: [{ field: "confirmWithdrawal", problem: "withdraw", count: 4 }] });
    expect((await loadEditor(gateway, "event", event.slug, "blocked"))!.issues).toEqual([{ field: "confirmWithdrawal", problem: "withdraw", count: 4 }]);
    expect((await db().informationEvent.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(true);
    expect(await withdrawnMails("withdraw")).toEqual([]);

    expect(await publishNewest(gateway, entity, () => undefined, { confirmWithdrawal: true })).toEqual({ outcome: "published" });
    expect((await db().informationEvent.findUniqueOrThrow({ where: { id: event.id } })).published).toBe(false);
    expect(await registrationCounts(event.id)).toEqual({ CONFIRMED: 0, PENDING: 0, WAITING: 0, DECLINED: 0, CANCELLED: 1, WITHDRAWN: 4 });
    const statuses = await db().eventRegistration.findMany({ where: { eventId: event.id }, select: { email: true, status: true, cancelledAt: true } });
    expect(statuses.filter((r) => r.status === "WITHDRAWN").every((r) => r.cancelledAt)).toBe(true);

    const mails = await withdrawnMails("withdraw");
    expect(mails.map((m) => [m.toAddress, m.locale])).toEqual([
      ["withdraw1@example.jp", "de"],
      ["withdraw2@example.jp", "ja"],
      ["withdraw3@example.jp", "en"],
      ["withdraw4@example.jp", "ja"],
    ]);
    const [de, ja, en] = mails;
    expect(de!.subject).toBe("Findet nicht wie angekündigt statt: Webinar Tokyo");
    expect(de!.text).toContain("Leider findet „Webinar Tokyo“ nicht wie angekündigt statt.");
    expect(ja!.subject).toBe("予定どおりには開催されません：東京ウェビナー");
    expect(ja!.text).toContain("「東京ウェビナー」は予定どおりには開催されないこととなりました。");
    expect(ja!.text).toMatch(/ベルリン|日本時間|東京/);
    expect(en!.subject).toBe("Not taking place as announced: Tokyo webinar");
    for (const mail of mails) {
      // The hosts' contact, and nothing that belongs to a place: no link, no cancellation link.
      expect(mail.text).toContain(HOST_EMAIL);
      expect(mail.text).toContain("+81 3 1234 5678");
      expect(mail.text).not.toContain(ONLINE_URL);
      expect(mail.text).not.toContain("/events/registration/");
    }
    // Those who held a confirmed place get an .ics that marks their calendar entry cancelled (same UID, next SEQUENCE); the others had none.
    for (const mail of [de!, ja!]) {
      const ics = (mail.attachments as { content: string }[])[0]!.content;
      expect(ics).toContain(`UID:${event.slug}@nrw-tokyo-portal`);
      expect(ics).toContain("SEQUENCE:1");
      expect(ics).toContain("STATUS:CANCELLED");
    }
    expect(ja!.text).toContain("カレンダーの予定が「中止」として更新されます");
    expect(en!.attachments).toBeNull();
    expect(mails[3]!.attachments).toBeNull();
    expect(ja!.text).toContain("メール：events@tokyo-partner.example.jp");

    // The host's page shows the final state.
    const detail = await hostEventDetail(gateway, event.slug, "de");
    expect(detail?.counts.WITHDRAWN).toBe(4);

    // Publishing the event again revives nobody and tells nobody; withdrawing it again tells nobody twice.
    await saveDraft(gateway, entity, { ...unlisted, listed: true });
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    expect(await registrationCounts(event.id)).toEqual({ CONFIRMED: 0, PENDING: 0, WAITING: 0, DECLINED: 0, CANCELLED: 1, WITHDRAWN: 4 });
    await saveDraft(gateway, entity, unlisted);
    expect(await withdrawalAudience(event.slug)).toBe(0);
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    expect(await withdrawnMails("withdraw")).toHaveLength(4);
  });

  it("tells each person once when two instances withdraw the same event at the same moment", async () => {
    const event = await createEvent("withdrawn-twice");
    for (let n = 11; n <= 14; n++) await register(event.slug, person(n, n % 2 ? "ja" : "en"));
    const other = createPrismaClient(env.DATABASE_URL!, 2);
    const now = new Date();
    const [a, b] = await Promise.all([
      db().$transaction((tx) => withdrawRegistrations(tx, event.id, "outbox", now)),
      other.$transaction((tx) => withdrawRegistrations(tx, event.id, "outbox", now)),
    ]);
    await other.$disconnect();
    expect(a.length + b.length).toBe(4);
    expect(Math.min(a.length, b.length)).toBe(0);
    const mails = await db().outboundMail.findMany({ where: { kind: "EVENT_WITHDRAWN", toAddress: { in: ["withdraw11@example.jp", "withdraw12@example.jp", "withdraw13@example.jp", "withdraw14@example.jp"] } } });
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.toAddress)).size).toBe(4);
    // The job run once more finds nobody left.
    expect(await db().$transaction((tx) => withdrawRegistrations(tx, event.id, "outbox", new Date()))).toEqual([]);
    expect(await registrationCounts(event.id)).toMatchObject({ CONFIRMED: 0, WAITING: 0, WITHDRAWN: 4 });
  });

  it("tells nobody when an event that has already started is taken off the list", async () => {
    const event = await createEvent("withdrawn-after-start", new Date(Date.now() + 60 * 60_000));
    await register(event.slug, person(21, "de"));
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    expect(await withdrawalAudience(event.slug, later)).toBe(0);
    expect(await db().$transaction((tx) => withdrawRegistrations(tx, event.id, "outbox", later))).toEqual([]);
    expect(await registrationCounts(event.id)).toMatchObject({ CONFIRMED: 1, WITHDRAWN: 0 });
  });
});

describe("withdrawing a partner's event", () => {
  it("needs the confirmation from the partner who submits it and again from the gateway who approves it", async () => {
    const tokyo = await principal("PARTNER", TOKYO_PARTNER_SLUG, "tokyo");
    const event = await createEvent("withdrawn-by-partner");
    await register(event.slug, { ...person(31, "en"), email: "partner-withdraw31@example.jp" });
    const entity = { kind: "event" as const, key: event.slug };
    const unlisted: EventPayload = { ...((await loadEditor(tokyo, "event", event.slug))!.payload as EventPayload), listed: false };
    await saveDraft(tokyo, entity, unlisted);
    const refused = { outcome: "blocked", issues: [{ field: "confirmWithdrawal", problem: "withdraw", count: 1 }] };
    expect(await publishNewest(tokyo, entity, () => undefined)).toEqual(refused);
    expect(await publishNewest(tokyo, entity, () => undefined, { confirmWithdrawal: true })).toEqual({ outcome: "submitted" });
    const number = (await loadEditor(gateway, "event", event.slug))!.versions[0]!.number;
    expect(await approve(gateway, entity, number, () => undefined)).toEqual(refused);
    expect(await registrationCounts(event.id)).toMatchObject({ CONFIRMED: 1, WITHDRAWN: 0 });
    expect(await approve(gateway, entity, number, () => undefined, { confirmWithdrawal: true })).toEqual({ outcome: "published" });
    expect(await registrationCounts(event.id)).toMatchObject({ CONFIRMED: 0, WITHDRAWN: 1 });
    expect(await db().outboundMail.count({ where: { kind: "EVENT_WITHDRAWN", toAddress: "partner-withdraw31@example.jp" } })).toBe(1);
  });
});

describe("a change of an event's time or place", () => {
  const icsOf = (mail: { attachments: unknown }) => (mail.attachments as { content: string }[])[0]!.content;
  const changedMails = (slug: string) => db().outboundMail.findMany({ where: { kind: "EVENT_CHANGED", toAddress: { startsWith: `${slug}-` } }, orderBy: [{ createdAt: "asc" }, { toAddress: "asc" }] });
  const personOf = (slug: string, n: number, locale: "de" | "ja" | "en"): RegistrationData => ({ ...person(n, locale), email: `${slug}-${n}@example.jp` });

  it("tells everyone expecting a place the new date in both zones, the confirmed with the link and an updated .ics, only when time or place changed", async () => {
    const slug = "moved";
    // 2027-12-02 09:30–11:00 in Tokyo; two places: two confirmed, one waiting.
    const event = await createEvent(slug, new Date("2027-12-02T00:30:00Z"), 2);
    await register(slug, personOf(slug, 1, "ja"));
    await register(slug, personOf(slug, 2, "de"));
    await register(slug, personOf(slug, 3, "en"));
    await db().eventRegistration.updateMany({ where: { eventId: event.id, status: "CONFIRMED" }, data: { reminderSentAt: new Date() } });
    const entity = { kind: "event" as const, key: slug };
    const original = (await loadEditor(gateway, "event", slug))!.payload as EventPayload;
    expect([original.zone, original.startsAt, original.endsAt]).toEqual(["Asia/Tokyo", "2027-12-02T09:30", "2027-12-02T11:00"]);

    // A new title only: nobody is told, the .ics stays at SEQUENCE 0.
    const retitled = { ...original, texts: { ...original.texts, en: { ...original.texts.en, title: "Tokyo webinar (new title)" } } };
    await saveDraft(gateway, entity, retitled);
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    expect(await changedMails(slug)).toEqual([]);
    expect((await db().informationEvent.findUniqueOrThrow({ where: { id: event.id } })).icsSequence).toBe(0);

    // One day later: everyone is told in their language; the waiting one without the link and the .ics.
    const moved = { ...retitled, startsAt: "2027-12-03T09:30", endsAt: "2027-12-03T11:00" };
    await saveDraft(gateway, entity, moved);
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    const first = await changedMails(slug);
    expect(first.map((m) => [m.toAddress, m.locale])).toEqual([
      [`${slug}-1@example.jp`, "ja"],
      [`${slug}-2@example.jp`, "de"],
      [`${slug}-3@example.jp`, "en"],
    ]);
    const [ja, de, waiting] = first;
    expect(ja!.subject).toBe("【変更のお知らせ】東京ウェビナー");
    expect(ja!.text).toContain("日本時間：2027年12月3日（金）9:30～11:00");
    expect(ja!.text).toContain("ドイツ時間：2027年12月3日（金）1:30～3:00");
    expect(ja!.text).toContain("変更前の日時：\n  ドイツ時間：2027年12月2日（木）1:30～3:00\n  日本時間：2027年12月2日（木）9:30～11:00");
    expect(ja!.text).toContain(ONLINE_URL);
    expect(de!.subject).toBe("Geänderter Termin oder Ort: Webinar Tokyo");
    expect(de!.text).toContain("Zeit in Tokyo: Freitag, 3. Dezember 2027");
    expect(waiting!.subject).toBe("Time or place changed: Tokyo webinar (new title)");
    expect(waiting!.text).toMatch(/Time in Tokyo: Friday, December 3, 2027, 9:30\s–\s11:00\sAM/);
    expect(waiting!.text).not.toContain(ONLINE_URL);
    expect(waiting!.attachments).toBeNull();
    for (const mail of [ja!, de!]) {
      const ics = icsOf(mail);
      expect(ics).toContain(`UID:${slug}@nrw-tokyo-portal`);
      expect(ics).toContain("SEQUENCE:1");
      expect(ics).toContain("DTSTART:20271203T003000Z");
      expect(ics).toContain("DTEND:20271203T020000Z");
    }
    // The reminder is due again before the new start.
    expect(await db().eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED", reminderSentAt: null } })).toBe(2);

    // Publishing again without a change tells nobody again.
    await saveDraft(gateway, entity, moved);
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    expect(await changedMails(slug)).toHaveLength(3);

    // A new venue (Japanese text only): told again, SEQUENCE 2, no "previously" line since the time stayed.
    const relocated = { ...moved, texts: { ...moved.texts, ja: { ...moved.texts.ja, location: "オンライン（Teams）" } } };
    await saveDraft(gateway, entity, relocated);
    expect(await publishNewest(gateway, entity, () => undefined)).toEqual({ outcome: "published" });
    const second = (await changedMails(slug)).slice(3);
    expect(second).toHaveLength(3);
    expect(second.filter((m) => m.locale !== "en").every((m) => icsOf(m).includes("SEQUENCE:2"))).toBe(true);
    expect(second.find((m) => m.locale === "ja")!.text).toContain("会場：オンライン（Teams）");
    expect(second.find((m) => m.locale === "ja")!.text).not.toContain("変更前の日時");

    // Whoever is confirmed later gets the entry at the current SEQUENCE, and the public .ics agrees.
    await cancelRegistration((await db().eventRegistration.findFirstOrThrow({ where: { email: `${slug}-2@example.jp` } })).cancelToken, { mailDelivery: "outbox" });
    const movedUp = await db().outboundMail.findFirstOrThrow({ where: { kind: "EVENT_MOVED_UP", toAddress: `${slug}-3@example.jp` } });
    expect(icsOf(movedUp)).toContain("SEQUENCE:2");
  });

  it("tells each confirmed registrant once when two instances publish the same change at once", async () => {
    const slug = "moved-twice";
    const event = await createEvent(slug, new Date("2027-11-10T08:00:00Z"));
    await register(slug, personOf(slug, 1, "en"));
    await register(slug, personOf(slug, 2, "ja"));
    const payload = (await loadEditor(gateway, "event", slug))!.payload as EventPayload;
    const changed = eventKind.schema.parse({ ...payload, startsAt: "2027-11-11T17:00", endsAt: "2027-11-11T18:30" });
    const other = createPrismaClient(env.DATABASE_URL!, 2);
    const [a, b] = await Promise.all([db().$transaction((tx) => eventKind.apply(tx, slug, changed)), other.$transaction((tx) => eventKind.apply(tx, slug, changed))]);
    await other.$disconnect();
    expect((a ?? []).length + (b ?? []).length).toBe(2);
    expect(await changedMails(slug)).toHaveLength(2);
    expect((await db().informationEvent.findUniqueOrThrow({ where: { id: event.id } })).icsSequence).toBe(1);
  });
});
