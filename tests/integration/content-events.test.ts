// Information events as staff-edited content on a real PostgreSQL (issue #19): who edits
// which event (the gateway all, a municipality and the Tokyo partner the events they
// host, ADMIN only with the editor's grant), creating an event with times entered in Tokyo
// time, publishing blocked by a missing translation, the municipality's change approved
// by the gateway, unpublishing, restore, and the "events" tag revalidated and announced.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { INVALIDATION_CHANNEL, parseInvalidation } from "@/lib/cache/invalidation";
import { loadEditor } from "@/lib/content/editor";
import { emptyEvent, type EventPayload } from "@/lib/content/event-schema";
import { contentOverview } from "@/lib/content/overview";
import { approve, createEntity, history, publishNewest, restore, saveDraft } from "@/lib/content/versions";
import { db } from "@/lib/db/client";
import { connectionConfig } from "@/lib/db/connection";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "@/lib/domain/catalog";
import { eventToIcs } from "@/lib/events/ics";
import { loadRegistrationEvent } from "@/lib/events/public";
import { ExpectedError } from "@/lib/expected-error";
import { seedEvents, seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

type Role = "gateway" | "essen" | "koeln" | "tokyo" | "admin" | "programmeOwner" | "adminEditor";
const staff = {} as Record<Role, Staff>;
const revalidated: string[][] = [];
const revalidate = (tags: readonly string[]) => void revalidated.push([...tags]);
const ESSEN_EVENT = "2026-10-wasserstoff-energie-essen";
const KOELN_EVENT = "2027-03-koeln-digital-games-creative";
const TOKYO_EVENT = "2027-06-delegationsreise-tokyo";
const GATEWAY_EVENT = "2026-09-webinar-markteintritt-nrw-startups-tokyo";

let listener: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  await seedOrganisations(db());
  await seedEvents(db());
  staff.gateway = await principal("GATEWAY", GATEWAY_SLUG, "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.tokyo = await principal("PARTNER", TOKYO_PARTNER_SLUG, "tokyo");
  const unattached = (role: Staff["role"], name: string, contentEditor = false): Staff => ({
    sessionId: `session-${name}`, userId: `user-${name}`, role, organisationId: null, twoFactorEnabled: true, contentEditor, name, email: `${name}@example.org`, organisation: null,
  });
  staff.admin = unattached("ADMIN", "admin");
  staff.programmeOwner = unattached("PROGRAMME_OWNER", "ministry");
  staff.adminEditor = unattached("ADMIN", "editor-admin", true);
  listener = new pg.Client(connectionConfig(process.env.DATABASE_URL!));
  await listener.connect();
  listener.on("notification", (message) => heard.push(message.payload ?? ""));
  await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
});

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
    return "allowed";
  } catch (error) {
    if (error instanceof ExpectedError) return error.code;
    throw error;
  }
};

async function payloadOf(slug: string): Promise<EventPayload> {
  const editor = await loadEditor(staff.gateway, "event", slug);
  if (!editor) throw new Error("no editor");
  return editor.payload as EventPayload;
}

const filled = (p: EventPayload, title: string): EventPayload => ({
  ...p,
  texts: {
    de: { title: `${title} (de)`, summary: "Vorträge und **Gespräche**.", location: "Online (Zoom)" },
    ja: { title: `${title}（ja）`, summary: "講演と個別相談。", location: "オンライン（Zoom）" },
    en: { title: `${title} (en)`, summary: "Talks and meetings.", location: "Online (Zoom)" },
  },
  format: "ONLINE",
  onlineUrl: "https://zoom.us/j/123456789",
});

describe("the permission matrix of events", () => {
  // Each role against each event action: edit an event hosted by Essen, by Köln, by the
  // Tokyo partner, by the gateway; start a new event hosted by Essen; see Essen's event in the overview.
  const expected: Record<Role, { essen: boolean; koeln: boolean; tokyo: boolean; gateway: boolean; createForEssen: boolean }> = {
    gateway: { essen: true, koeln: true, tokyo: true, gateway: true, createForEssen: true },
    essen: { essen: true, koeln: false, tokyo: false, gateway: false, createForEssen: true },
    koeln: { essen: false, koeln: true, tokyo: false, gateway: false, createForEssen: false },
    tokyo: { essen: false, koeln: false, tokyo: true, gateway: false, createForEssen: false },
    admin: { essen: false, koeln: false, tokyo: false, gateway: false, createForEssen: false },
    programmeOwner: { essen: false, koeln: false, tokyo: false, gateway: false, createForEssen: false },
    adminEditor: { essen: true, koeln: true, tokyo: true, gateway: true, createForEssen: true },
  };

  for (const role of Object.keys(expected) as Role[]) {
    it(`${role}`, async () => {
      const who = staff[role];
      const want = expected[role];
      for (const [slug, may] of [[ESSEN_EVENT, want.essen], [KOELN_EVENT, want.koeln], [TOKYO_EVENT, want.tokyo], [GATEWAY_EVENT, want.gateway]] as const) {
        expect(Boolean(await loadEditor(who, "event", slug)), slug).toBe(may);
        expect(await refusal(saveDraft(who, { kind: "event", key: slug }, await payloadOf(slug))), slug).toBe(may ? "allowed" : "notFound");
      }
      expect(await refusal(createEntity(who, { kind: "event", key: `matrix-${role.toLowerCase()}` }, emptyEvent("essen", "Europe/Berlin")))).toBe(want.createForEssen ? "allowed" : "notAllowed");
      if (want.essen || want.koeln || want.tokyo) {
        const overview = await contentOverview(who);
        expect(overview.events.some((e) => e.slug === ESSEN_EVENT)).toBe(want.essen);
        expect(overview.hosts.some((h) => h.slug === "essen")).toBe(want.createForEssen);
      }
    });
  }

  it("a municipality cannot hand its event to another host, nor start one for it", async () => {
    const p = await payloadOf(ESSEN_EVENT);
    expect(await refusal(saveDraft(staff.essen, { kind: "event", key: ESSEN_EVENT }, { ...p, hostSlug: "koeln" }))).toBe("invalid");
    expect(await refusal(createEntity(staff.essen, { kind: "event", key: "essen-for-koeln" }, emptyEvent("koeln", "Europe/Berlin")))).toBe("notAllowed");
    expect(await refusal(createEntity(staff.gateway, { kind: "event", key: ESSEN_EVENT }, emptyEvent("essen", "Europe/Berlin")))).toBe("taken");
  });
});

describe("an event created by the gateway with times in Tokyo time", () => {
  const entity = { kind: "event" as const, key: "2027-03-webinar-tokyo-osaka" };

  it("is a draft first; publishing is blocked while the Japanese title is missing, naming field and language", async () => {
    await createEntity(staff.gateway, entity, emptyEvent(GATEWAY_SLUG, "Asia/Tokyo"));
    const p = filled((await loadEditor(staff.gateway, "event", entity.key))!.payload as EventPayload, "Webinar");
    const draft = { ...p, zone: "Asia/Tokyo", startsAt: "2027-03-03T18:00", endsAt: "2027-03-03T19:30" };
    await saveDraft(staff.gateway, entity, { ...draft, texts: { ...draft.texts, ja: { ...draft.texts.ja, title: "" } } });
    expect(await publishNewest(staff.gateway, entity, revalidate)).toEqual({ outcome: "blocked", issues: [{ field: "title", locale: "ja", problem: "missing" }] });
    expect(await db().informationEvent.findUnique({ where: { slug: entity.key } })).toBeNull();

    revalidated.length = 0;
    heard.length = 0;
    await saveDraft(staff.gateway, entity, draft);
    expect(await publishNewest(staff.gateway, entity, revalidate)).toEqual({ outcome: "published" });
    const row = await db().informationEvent.findUniqueOrThrow({ where: { slug: entity.key }, include: { translations: true } });
    // 18:00–19:30 in Tokyo (UTC+9) is 09:00–10:30 UTC.
    expect(row.startsAt.toISOString()).toBe("2027-03-03T09:00:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2027-03-03T10:30:00.000Z");
    expect(row).toMatchObject({ published: true, hostSlug: GATEWAY_SLUG, format: "ONLINE", onlineUrl: "https://zoom.us/j/123456789" });
    expect(row.translations.find((t) => t.locale === "ja")?.title).toBe("Webinar（ja）");
    expect(revalidated).toEqual([["events"]]);
    for (const deadline = Date.now() + 5_000; !heard.some((m) => parseInvalidation(m)?.tags.includes("events")) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(heard.some((m) => parseInvalidation(m)?.tags.includes("events"))).toBe(true);

    const ics = eventToIcs({ slug: row.slug, startsAt: row.startsAt, endsAt: row.endsAt, title: "t", summary: "s", location: "l", url: "https://portal.test/de/events" });
    expect(ics).toContain("DTSTART:20270303T090000Z");
    expect(ics).toContain("DTEND:20270303T103000Z");
  });

  it("the editor shows it again in the zone it was entered in", async () => {
    const p = (await history(entity))[0]!.payload as EventPayload;
    expect(p).toMatchObject({ zone: "Asia/Tokyo", startsAt: "2027-03-03T18:00", endsAt: "2027-03-03T19:30" });
  });

  it("refuses an end before the start, an online link that is no web address and a javascript: link in the description", async () => {
    const p = (await history(entity))[0]!.payload as EventPayload;
    const hostile = { ...p, endsAt: "2027-03-03T17:00", onlineUrl: "javascript:alert(1)", texts: { ...p.texts, en: { ...p.texts.en, summary: "[join](javascript:alert(1)) <script>alert(1)</script>" } } };
    await saveDraft(staff.gateway, entity, hostile);
    const result = await publishNewest(staff.gateway, entity, revalidate);
    expect("issues" in result && result.issues).toEqual(
      expect.arrayContaining([
        { field: "summary", locale: "en", problem: "link" },
        { field: "endsAt", problem: "order" },
        { field: "onlineUrl", problem: "url" },
      ]),
    );
  });

  it("unpublishing hides it: not listed, no registration page; restoring the published version lists it again", async () => {
    const published = (await history(entity)).find((v) => v.state === "PUBLISHED")!;
    await db().informationEvent.update({ where: { slug: entity.key }, data: { registrationEnabled: true } });
    expect(await loadRegistrationEvent(entity.key, "de")).toBeDefined();
    await saveDraft(staff.gateway, entity, { ...(published.payload as EventPayload), listed: false });
    expect(await publishNewest(staff.gateway, entity, revalidate)).toEqual({ outcome: "published" });
    expect((await db().informationEvent.findUniqueOrThrow({ where: { slug: entity.key } })).published).toBe(false);
    expect(await loadRegistrationEvent(entity.key, "de")).toBeUndefined();
    expect((await contentOverview(staff.gateway)).events.find((e) => e.slug === entity.key)?.state).toBe("hidden");

    await restore(staff.gateway, entity, published.number);
    expect(await publishNewest(staff.gateway, entity, revalidate)).toEqual({ outcome: "published" });
    expect((await db().informationEvent.findUniqueOrThrow({ where: { slug: entity.key } })).published).toBe(true);
  });
});

describe("a municipality's own event", () => {
  const entity = { kind: "event" as const, key: ESSEN_EVENT };

  it("starts with the seed as version 1 in Berlin time; Essen's change waits for the gateway's approval", async () => {
    const versions = await history(entity);
    expect(versions.at(-1)).toMatchObject({ number: 1, state: "PUBLISHED", createdByLabel: "" });
    // Seeded as 10:00+02:00.
    expect(versions.at(-1)!.payload).toMatchObject({ zone: "Europe/Berlin", startsAt: "2026-10-21T10:00", hostSlug: "essen", listed: true });

    const p = versions[0]!.payload as EventPayload;
    const changed = { ...p, zone: "Asia/Tokyo", startsAt: "2026-10-21T18:00", endsAt: "2026-10-21T21:00" };
    const number = await saveDraft(staff.essen, entity, changed);
    expect(await publishNewest(staff.essen, entity, revalidate)).toEqual({ outcome: "submitted" });
    expect((await db().informationEvent.findUniqueOrThrow({ where: { slug: ESSEN_EVENT } })).startsAt.toISOString()).toBe("2026-10-21T08:00:00.000Z");
    expect(await refusal(approve(staff.essen, entity, number, revalidate))).toBe("notAllowed");
    expect(await approve(staff.gateway, entity, number, revalidate)).toEqual({ outcome: "published" });
    expect((await db().informationEvent.findUniqueOrThrow({ where: { slug: ESSEN_EVENT } })).startsAt.toISOString()).toBe("2026-10-21T09:00:00.000Z");
  });
});
