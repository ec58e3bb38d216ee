import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MUNICIPALITY_SLUGS } from "@/lib/domain/catalog";
import { locales } from "@/lib/i18n/routing";
import { seed } from "@/prisma/seed/index";

describe("seed", () => {
  it("creates the programme's organisations and demo data once, and nothing on a second run", async () => {
    const first = await seed(db(), { demo: true, now: new Date("2026-11-23T10:00:00Z") });
    expect(first.organisations).toBe(9);
    expect(first.inquiries).toBeGreaterThanOrEqual(30);
    expect(first.events).toBeGreaterThan(0);

    const second = await seed(db(), { demo: true });
    expect(first.accounts).toBe(13);
    expect(second).toEqual({ organisations: 0, events: 0, inquiries: 0, accounts: 0 });

    const municipalities = await db().organisation.findMany({
      where: { kind: "MUNICIPALITY" },
      include: { municipality: { include: { translations: true } } },
    });
    expect(municipalities.map((m) => m.slug).sort()).toEqual([...MUNICIPALITY_SLUGS].sort());
    for (const m of municipalities) {
      expect(m.municipality?.translations.map((t) => t.locale).sort()).toEqual([...locales].sort());
    }
    expect(await db().organisation.count({ where: { kind: "GATEWAY" } })).toBe(1);
    expect(await db().organisation.count({ where: { kind: "TOKYO_PARTNER" } })).toBe(1);
  });

  it("gives every demo inquiry a gateway assignment and a timeline that starts with its submission", async () => {
    const inquiries = await db().inquiry.findMany({
      include: { assignments: { include: { organisation: true } }, events: { orderBy: { id: "asc" } } },
    });
    const statuses = new Set(inquiries.map((i) => i.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    expect(new Set(inquiries.map((i) => i.locale))).toEqual(new Set(locales));
    for (const inquiry of inquiries) {
      expect(inquiry.reference).toMatch(/^NT-\d{4}-\d{5}$/);
      expect(inquiry.assignments.some((a) => a.organisation.kind === "GATEWAY")).toBe(true);
      expect(inquiry.events.slice(0, 2).map((e) => e.type)).toEqual(["SUBMITTED", "ROUTED_TO_GATEWAY"]);
      if (inquiry.status === "CLOSED") expect(inquiry.outcome).toBeTruthy();
    }
  });

  it("carries conversations in ja, de and en whose first message is each inquiry's first response, saved replies, and the staff's languages", async () => {
    const inquiries = await db().inquiry.findMany({ include: { messages: { orderBy: { createdAt: "asc" } } } });
    const talked = inquiries.filter((i) => i.messages.length > 0);
    expect(new Set(talked.map((i) => i.replyLocale))).toEqual(new Set(["ja", "de", "en"]));
    expect(talked.some((i) => i.messages.some((m) => m.direction === "INBOUND"))).toBe(true);
    for (const inquiry of inquiries) {
      const first = inquiry.messages.find((m) => m.direction === "OUTBOUND");
      expect(first?.createdAt ?? null).toEqual(inquiry.firstResponseAt);
      for (const m of inquiry.messages) expect(m.locale).toBe(inquiry.replyLocale);
    }
    const templates = await db().messageTemplate.findMany({ include: { organisation: { select: { slug: true } } } });
    expect(new Set(templates.filter((t) => t.organisation.slug === "nrw-global-business").map((t) => t.locale))).toEqual(new Set(["ja", "de", "en"]));
    expect(templates.some((t) => t.organisation.slug === "essen")).toBe(true);
    const tokyo = await db().user.findUniqueOrThrow({ where: { email: "tokyo@example.org" } });
    const essen = await db().user.findUniqueOrThrow({ where: { email: "essen@example.org" } });
    expect([tokyo.uiLocale, essen.uiLocale]).toEqual(["ja", "de"]);
  });
});
