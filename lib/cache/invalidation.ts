// Cross-instance invalidation over PostgreSQL LISTEN/NOTIFY (decision 0017). Each app
// process keeps things in memory that another process can make stale: the route
// cache's tag manifest (which cached pages and data caches are expired) and the
// organisation snapshot. A process that revalidates a tag announces it on one
// channel; PostgreSQL triggers announce changes made outside the app (the seed, an
// administrator's SQL); every process listening applies them within milliseconds.
//
// No `import "server-only"`: the route cache handler loads this file outside Next's
// bundles. The state lives on globalThis because that copy and the bundled copy of
// this module run in one process and must share one connection and one listener list.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { connectionConfig } from "../db/connection.ts";
import { errorText, logger } from "../log.ts";

const log = logger("cache");

export const INVALIDATION_CHANNEL = "portal_invalidation";

/** Every tag: what a process must assume after it may have missed announcements (a lost connection). */
export const ALL_TAGS = "*";

export type Invalidation = {
  tags: string[];
  /** Next.js's revalidateTag durations (seconds until expiry); absent: expired at once. */
  expire?: number;
  /** The announcing process; absent when a database trigger announced it. */
  origin?: string;
};

type Listener = (invalidation: Invalidation) => void;

type Bus = {
  origin: string;
  listeners: Set<Listener>;
  url?: string;
  client?: pg.Client;
  connecting?: Promise<void>;
  stopped: boolean;
  /** Set after the first connection: later connections may have missed announcements. */
  connectedOnce: boolean;
};

const bus: Bus = ((globalThis as unknown as { portalInvalidationBus?: Bus }).portalInvalidationBus ??= {
  origin: randomUUID(),
  listeners: new Set(),
  stopped: false,
  connectedOnce: false,
});

const RECONNECT_MS = 1_000;

function deliver(invalidation: Invalidation): void {
  for (const listener of bus.listeners) {
    try {
      listener(invalidation);
    } catch (error) {
      log.error({ error: errorText(error) }, "invalidation listener failed");
    }
  }
}

/** Parses a notification's payload; anything but a list of tag strings is ignored. */
export function parseInvalidation(payload: string | undefined): Invalidation | undefined {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Invalidation>;
    if (!Array.isArray(value.tags) || !value.tags.every((t) => typeof t === "string")) return undefined;
    return {
      tags: value.tags,
      ...(typeof value.expire === "number" ? { expire: value.expire } : {}),
      ...(typeof value.origin === "string" ? { origin: value.origin } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Calls `listener` for every invalidation another process (or a trigger) announces. */
export function onInvalidation(listener: Listener): () => void {
  bus.listeners.add(listener);
  return () => bus.listeners.delete(listener);
}

async function connect(): Promise<void> {
  if (!bus.url || bus.stopped) return;
  const client = new pg.Client({ ...connectionConfig(bus.url), application_name: "portal-invalidation" });
  const retry = () => {
    if (bus.client === client) bus.client = undefined;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (!bus.stopped) setTimeout(() => void ensureConnected(), RECONNECT_MS).unref();
  };
  client.on("error", (error) => {
    log.error({ error: errorText(error) }, "invalidation connection lost");
    retry();
  });
  client.on("notification", (message) => {
    if (message.channel !== INVALIDATION_CHANNEL) return;
    const invalidation = parseInvalidation(message.payload);
    if (invalidation && invalidation.origin !== bus.origin) deliver(invalidation);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${INVALIDATION_CHANNEL}`);
  } catch (error) {
    log.error({ error: errorText(error) }, "cannot listen for invalidations yet");
    retry();
    return;
  }
  bus.client = client;
  // Whatever was announced while no connection listened is unknown: assume everything.
  if (bus.connectedOnce) deliver({ tags: [ALL_TAGS] });
  bus.connectedOnce = true;
}

function ensureConnected(): Promise<void> {
  if (bus.client || bus.stopped) return Promise.resolve();
  bus.connecting ??= connect().finally(() => (bus.connecting = undefined));
  return bus.connecting;
}

/** Opens this process's listening connection (once; instrumentation.ts), reconnecting when it is lost. */
export function startInvalidationListener(databaseUrl: string): Promise<void> {
  bus.url ??= databaseUrl;
  bus.stopped = false;
  return ensureConnected();
}

export async function stopInvalidationListener(): Promise<void> {
  bus.stopped = true;
  const client = bus.client;
  bus.client = undefined;
  await client?.end().catch(() => undefined);
}

/**
 * Tells every other process that `tags` were revalidated. A process that never
 * started listening (a script, a test, the build) serves nothing and announces
 * nothing; one whose connection is being re-opened announces on a connection of its own.
 */
export async function announceInvalidation(tags: readonly string[], expire?: number): Promise<void> {
  if (!bus.url || !tags.length) return;
  const payload: Invalidation = { tags: [...tags], origin: bus.origin, ...(expire !== undefined ? { expire } : {}) };
  const own = bus.client ? undefined : new pg.Client({ ...connectionConfig(bus.url), application_name: "portal-invalidation" });
  try {
    await own?.connect();
    await (own ?? bus.client)!.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, JSON.stringify(payload)]);
  } catch (error) {
    log.error({ error: errorText(error) }, "could not announce an invalidation");
  } finally {
    await own?.end().catch(() => undefined);
  }
}
