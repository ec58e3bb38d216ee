// Withdrawing an event that has registrations (issue #20 follow-up) on a real
// PostgreSQL: the editor is told how many will be told and must confirm; publishing the
// unlisted version ends every registration still holding a place, waiting or awaiting
// approval as WITHDRAWN and writes one mail each in the person's language with the
// hosts' contact; cancelled ones stay as they were; counts show it; publishing again
// revives nobody; running the withdrawal twice, or in two instances at once, tells
// nobody twice; an event that has started tells nobody.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { loadEditor } from "@/lib/content/editor";
import type { EventPayload } from "@/lib/content/event-schema";
import { publishNewest, saveDraft } from "@/lib/content/versions";
import { createPrismaClient, db } from "@/lib/db/client";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "@/lib/domain/catalog";
import { env } from "@/lib/env";
import { issueFormToken, readFormToken } from "@/lib/events/form-token";
import { hostEventDetail } from "@/lib/events/host";
import { cancelRegistration, registerForEvent, registrationCounts, withdrawalAudience, withdrawRegistrations } from "@/lib/events/registration";
import type { RegistrationData } from "@/lib/events/registration-schema";
import { seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

const ONLINE_URL = "https://zoom.us/j/4711000815";
const HOST_EMAIL = "events@tokyo-partner.example.jp";
let seq = 0;
let gateway: Staff;

async function createEvent(slug: string, startsAt = new Date(Date.now() + 20 * 86_400_000)) {
  return db().informationEvent.create({
    data: {
      slug,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      format: "ONLINE",
      hostSlug: TOKYO_PARTNER_SLUG,
      registrationEnabled: true,
      capacity: 3,
      onlineUrl: ONLINE_URL,
      translations: {
        create: [
          { locale: "de", title: "Webinar Tokyo", summary: "Zusammenfassung", location: "Online" },
          { locale: "ja", title: "東京ウェビナー", summary: "概要", location: "オンライン" },
          { locale: "en", title: "Tokyo webinar", summary: "Summary", location: "Online" },
        ],
      },
    },
  });
}

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
      // The hosts' contact, and nothing that belongs to a place: no link, no calendar file, no cancellation link.
      expect(mail.text).toContain(HOST_EMAIL);
      expect(mail.text).toContain("+81 3 1234 5678");
      expect(mail.text).not.toContain(ONLINE_URL);
      expect(mail.text).not.toContain("/events/registration/");
      expect(mail.attachments).toBeNull();
    }
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
