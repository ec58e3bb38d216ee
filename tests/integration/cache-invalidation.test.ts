// Cross-instance invalidation on a real PostgreSQL (decision 0017): this process plays
// one instance; a plain connection plays the others. What the route cache handler
// revalidates is announced; what others announce, and what the triggers announce
// for changed organisations, expires here.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { INVALIDATION_CHANNEL, parseInvalidation, startInvalidationListener, stopInvalidationListener } from "@/lib/cache/invalidation";
import { db } from "@/lib/db/client";
import { connectionConfig } from "@/lib/db/connection";
import { GATEWAY_SLUG } from "@/lib/domain/catalog";
import { organisationDirectory } from "@/lib/inquiries/submit-context";
import RouteCacheHandler from "@/lib/security/route-cache-handler";
import { seedOrganisations } from "@/prisma/seed/index";

let other: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  await seedOrganisations(db());
  await startInvalidationListener(process.env.DATABASE_URL!);
  other = new pg.Client(connectionConfig(process.env.DATABASE_URL!));
  await other.connect();
  other.on("notification", (message) => heard.push(message.payload ?? ""));
  await other.query(`LISTEN ${INVALIDATION_CHANNEL}`);
});

afterAll(async () => {
  await other.end();
  await stopInvalidationListener();
});

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 5_000) => {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("not within the time limit");
};

describe("tags revalidated by the route cache handler", () => {
  it("are announced to the other instances, with this process as the origin", async () => {
    heard.length = 0;
    await new RouteCacheHandler({} as never).revalidateTag(["municipalities", "_N_T_/de/municipalities"]);
    await until(() => heard.length > 0);
    const announced = parseInvalidation(heard[0]);
    expect(announced?.tags).toEqual(["municipalities", "_N_T_/de/municipalities"]);
    expect(announced?.origin).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("tags another instance announces", () => {
  it("expire in this process's route cache within moments", async () => {
    const before = Date.now();
    await other.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, JSON.stringify({ tags: ["events"], origin: "another-instance" })]);
    await until(() => (tagsManifest.get("events")?.expired ?? 0) >= before);
  });

  it("ignore payloads that are not a list of tags", async () => {
    expect(parseInvalidation("not json")).toBeUndefined();
    expect(parseInvalidation(JSON.stringify({ tags: "events" }))).toBeUndefined();
    expect(parseInvalidation(JSON.stringify({ tags: [1] }))).toBeUndefined();
    expect(parseInvalidation(JSON.stringify({ tags: ["events"], expire: 60 }))).toEqual({ tags: ["events"], expire: 60 });
  });
});

describe("organisations changed outside the app", () => {
  it("are announced by the trigger and drop this process's snapshot before its TTL", async () => {
    const first = await organisationDirectory(db());
    expect(first.gateway.email).not.toBe("moved@gateway.example");
    heard.length = 0;
    await other.query(`UPDATE "Organisation" SET email = 'moved@gateway.example' WHERE slug = $1`, [GATEWAY_SLUG]);
    await until(() => heard.some((payload) => parseInvalidation(payload)?.tags.includes("organisations") ?? false));
    await until(async () => (await organisationDirectory(db())).gateway.email === "moved@gateway.example", 2_000);
  });

  it("are not announced when an update changes nothing", async () => {
    heard.length = 0;
    await other.query(`UPDATE "Organisation" SET email = email WHERE slug = $1`, [GATEWAY_SLUG]);
    await other.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, JSON.stringify({ tags: ["marker"] })]);
    await until(() => heard.length > 0);
    expect(heard.map((payload) => parseInvalidation(payload)?.tags)).toEqual([["marker"]]);
  });
});
