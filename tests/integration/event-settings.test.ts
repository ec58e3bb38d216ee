// The hosts' registration settings (issue #20) through their Server Action on a real
// PostgreSQL: the event's host organisation and the gateway may change them, another
// municipality may not; refused input comes back per field with what was typed; a larger
// capacity moves the waiting list up under the event's lock; a slot someone holds stays.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { issueFormToken, readFormToken } from "@/lib/events/form-token";
import { settingsAction } from "@/lib/events/host-actions";
import { registerForEvent } from "@/lib/events/registration";
import { parseSettings, storedSettingsValues, type SettingsState, type SettingsValues } from "@/lib/events/settings-form";
import { storedSettings } from "@/lib/events/settings";
import { dateToWallTime, wallTimeToDate } from "@/lib/events/zoned-time";
import { seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

const session = vi.hoisted(() => ({ current: null as Staff | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getStaff: async () => session.current,
}));
// Outside Next.js there is no page cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const staff: Record<"gateway" | "tokyo" | "essen", Staff> = {} as never;
const START: SettingsState = { errors: {}, submission: 0 };
let seq = 0;

async function createEvent(capacity: number | null) {
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  return db().informationEvent.create({
    data: {
      slug: `settings-${Date.now().toString(36)}-${++seq}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      format: "ONLINE",
      hostSlug: "tokyo-partner",
      registrationEnabled: true,
      capacity,
      translations: { create: [{ locale: "ja", title: "設定テスト", summary: "概要", location: "オンライン" }] },
    },
  });
}

function formOf(slug: string, values: SettingsValues) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ locale: "ja", event: slug, ...values })) form.set(k, v);
  return form;
}

/** The stored settings as the form shows them, with `changes` typed over them. */
async function edited(eventId: string, changes: SettingsValues): Promise<SettingsValues> {
  return { ...storedSettingsValues((await storedSettings(eventId))!, "Asia/Tokyo"), ...changes };
}

async function save(who: Staff, slug: string, values: SettingsValues) {
  session.current = who;
  return settingsAction(START, formOf(slug, values));
}

function register(slug: string, n: number, slotId: string | null = null) {
  const token = issueFormToken(Date.now() - 60_000);
  return registerForEvent(
    {
      eventSlug: slug,
      data: { name: `田中 ${n}`, nameLatin: null, company: `会社${n}`, role: null, email: `settings${n}@example.jp`, locale: "ja", direction: "TOKYO_TO_NRW", slotId, answers: {} },
      formToken: token,
      formShownAt: readFormToken(token)!,
      clientIp: `203.0.113.${n % 250}`,
    },
    { minFillSeconds: 3, rateLimitPerHour: 10_000, mailDelivery: "outbox" },
  );
}

beforeAll(async () => {
  await seedOrganisations(db());
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.tokyo = await principal("PARTNER", "tokyo-partner", "tokyo");
  staff.essen = await principal("PARTNER", "essen", "essen");
});

describe("the registration settings", () => {
  it("are saved by the host organisation and the gateway, and refused to another municipality", async () => {
    const event = await createEvent(null);
    const deadline = dateToWallTime(new Date(event.startsAt.getTime() - 86_400_000), "Asia/Tokyo");
    const byTokyo = await save(staff.tokyo, event.slug, await edited(event.id, {
      capacity: "30", requiresApproval: "yes", deadline,
      "question-0-kind": "choice", "question-0-required": "yes",
      "question-0-label-de": "Branche", "question-0-label-ja": "業種", "question-0-label-en": "Sector",
      "question-0-options-de": "Chemie\nLogistik", "question-0-options-ja": "化学\n物流", "question-0-options-en": "Chemicals\nLogistics",
      "slot-0-start": dateToWallTime(event.startsAt, "Asia/Tokyo"), "slot-0-end": dateToWallTime(new Date(event.startsAt.getTime() + 30 * 60_000), "Asia/Tokyo"),
    }));
    expect(byTokyo).toMatchObject({ result: "saved", errors: {} });
    const stored = (await storedSettings(event.id))!;
    expect(stored).toMatchObject({ capacity: 30, requiresApproval: true, registrationDeadline: wallTimeToDate(deadline, "Asia/Tokyo") });
    expect(stored.questions).toEqual([
      { id: "question1", kind: "choice", required: true, label: { de: "Branche", ja: "業種", en: "Sector" }, options: [{ id: "option1", label: { de: "Chemie", ja: "化学", en: "Chemicals" } }, { id: "option2", label: { de: "Logistik", ja: "物流", en: "Logistics" } }] },
    ]);
    // Minutes, as datetime-local fields give them.
    expect(stored.slots.map((s) => s.startsAt)).toEqual([wallTimeToDate(dateToWallTime(event.startsAt, "Asia/Tokyo"), "Asia/Tokyo")]);

    expect(await save(staff.gateway, event.slug, await edited(event.id, { capacity: "40", requiresApproval: "" }))).toMatchObject({ result: "saved" });
    expect((await storedSettings(event.id))!).toMatchObject({ capacity: 40, requiresApproval: false });
    // The question and slot kept their ids: answers and choices already given still point at them.
    expect((await storedSettings(event.id))!.questions[0]!.id).toBe("question1");
    expect((await storedSettings(event.id))!.slots.map((s) => s.id)).toEqual(stored.slots.map((s) => s.id));

    const byEssen = await save(staff.essen, event.slug, await edited(event.id, { capacity: "5" }));
    expect(byEssen).toMatchObject({ result: "notAllowed", values: { capacity: "5" } });
    expect((await storedSettings(event.id))!.capacity).toBe(40);
  });

  it("answers wrong input per field and keeps what was typed, storing nothing", async () => {
    const event = await createEvent(10);
    const typed = await edited(event.id, {
      capacity: "zehn",
      deadline: dateToWallTime(new Date(event.startsAt.getTime() + 3_600_000), "Europe/Berlin"),
      zone: "Europe/Berlin",
      "question-0-kind": "choice", "question-0-label-de": "Branche", "question-0-label-ja": "業種",
      "question-0-options-de": "Chemie\nLogistik", "question-0-options-ja": "化学",
      "slot-0-start": "2027-03-15T10:00", "slot-0-end": "2027-03-15T09:30",
    });
    const answer = await save(staff.tokyo, event.slug, typed);
    expect(answer.result).toBe("invalid");
    expect(answer.errors).toEqual({
      capacity: "invalid",
      deadline: "afterStart",
      "question-0-label-en": "required",
      "question-0-options-ja": "optionsMismatch",
      "question-0-options-en": "optionsMismatch",
      "slot-0-end": "endBeforeStart",
    });
    expect(answer.values).toMatchObject({ capacity: "zehn", "question-0-label-ja": "業種", "slot-0-start": "2027-03-15T10:00" });
    expect((await storedSettings(event.id))!).toMatchObject({ capacity: 10, questions: [], slots: [] });
  });

  it("moves waiting registrants up when the capacity grows, and keeps a slot someone holds", async () => {
    const event = await createEvent(1);
    const slotStart = dateToWallTime(event.startsAt, "Asia/Tokyo");
    await save(staff.tokyo, event.slug, await edited(event.id, { "slot-0-start": slotStart, "slot-0-end": dateToWallTime(new Date(event.startsAt.getTime() + 1_800_000), "Asia/Tokyo") }));
    const slotId = (await storedSettings(event.id))!.slots[0]!.id;
    const results = [];
    for (const n of [1, 2, 3]) results.push(await register(event.slug, 500 + n, slotId));
    expect(results.map((r) => r.ok && r.status)).toEqual(["CONFIRMED", "WAITING", "WAITING"]);

    const grown = await save(staff.tokyo, event.slug, await edited(event.id, { capacity: "2" }));
    expect(grown).toMatchObject({ result: "saved", movedUp: 1 });
    const statuses = await db().eventRegistration.findMany({ where: { eventId: event.id }, orderBy: { createdAt: "asc" }, select: { email: true, status: true } });
    expect(statuses.map((r) => r.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITING"]);
    const told = await db().outboundMail.findMany({ where: { toAddress: "settings502@example.jp" }, orderBy: { createdAt: "asc" }, select: { subject: true } });
    expect(told.map((m) => m.subject)).toEqual(["【キャンセル待ち】設定テスト", "【参加確定】お席に空きが出ました：設定テスト"]);

    // A smaller capacity takes no place back.
    expect(await save(staff.tokyo, event.slug, await edited(event.id, { capacity: "1" }))).toMatchObject({ result: "saved", movedUp: 0 });
    expect(await db().eventRegistration.count({ where: { eventId: event.id, status: "CONFIRMED" } })).toBe(2);

    const removal = await save(staff.tokyo, event.slug, await edited(event.id, { "slot-0-remove": "yes" }));
    expect(removal).toMatchObject({ result: "invalid", errors: { "slot-0-remove": "inUse" } });
    expect((await storedSettings(event.id))!.slots.map((s) => s.id)).toEqual([slotId]);
  });

  it("reads wall-clock times in the chosen zone, across the change to summer time", () => {
    expect(wallTimeToDate("2027-03-15T18:00", "Asia/Tokyo")?.toISOString()).toBe("2027-03-15T09:00:00.000Z");
    expect(wallTimeToDate("2027-03-28T03:30", "Europe/Berlin")?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(wallTimeToDate("2027-03-27T03:30", "Europe/Berlin")?.toISOString()).toBe("2027-03-27T02:30:00.000Z");
    expect(wallTimeToDate("2027-02-31T10:00", "Europe/Berlin")).toBeUndefined();
    expect(dateToWallTime(new Date("2027-07-01T08:00:00Z"), "Europe/Berlin")).toBe("2027-07-01T10:00");
    expect(parseSettings({ zone: "Mars/Olympus", capacity: "", questionRows: "0", slotRows: "0" }, { startsAt: new Date() })).toEqual({ ok: false, errors: { zone: "required" } });
  });
});
