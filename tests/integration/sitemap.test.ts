// The sitemap follows what is published (issue #19): it is built from the live tables the
// public pages read, never from drafts; every entry carries its hreflang alternates. Events
// have no page of their own (their registration pages are noindex), so an event, published
// or not, adds no entry; the events page itself is listed once per language.
import { beforeAll, describe, expect, it, vi } from "vitest";
import sitemap from "@/app/sitemap";
import { createEntity } from "@/lib/content/versions";
import { emptyEvent } from "@/lib/content/event-schema";
import { db } from "@/lib/db/client";
import { GATEWAY_SLUG } from "@/lib/domain/catalog";
import { seedEvents, seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

// Outside Next.js the data cache is just the function.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => undefined }));

beforeAll(async () => {
  await seedOrganisations(db());
  await seedEvents(db());
});

describe("the sitemap", () => {
  it("lists the published profiles and pages in every language with their alternates, and nothing of a draft", async () => {
    const gateway = await principal("GATEWAY", GATEWAY_SLUG, "gateway");
    await createEntity(gateway, { kind: "event", key: "draft-only-event" }, emptyEvent(GATEWAY_SLUG, "Asia/Tokyo"));
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    const essen = entries.find((e) => e.url.endsWith("/ja/municipalities/essen"));
    const alternates = essen?.alternates?.languages ?? {};
    expect(Object.values(alternates).map((u) => new URL(u!).pathname).sort()).toEqual(["/de/municipalities/essen", "/de/municipalities/essen", "/en/municipalities/essen", "/ja/municipalities/essen"]);
    expect(Object.keys(alternates)).toContain("x-default");
    expect(urls.filter((u) => /\/(de|ja|en)\/events$/.test(u))).toHaveLength(3);
    expect(urls.some((u) => u.includes("draft-only-event") || u.includes("2026-10-wasserstoff-energie-essen"))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
