// Cached public pages are the same bytes for every visitor until they are revalidated
// (decision 0003), so they are compressed once per payload, not on every request:
// brotli and gzip, kept beside the payload's UTF-8 bytes and ETag. Each request then
// only negotiates (Accept-Encoding, q-values, identity), answers If-None-Match with
// 304 (RFC 9110 13.1.2: weak comparison, `*`, lists) and writes stored bytes.
// Decision 0025 says why, and what was measured.
//
// Only results Next.js may cache reach this (patches/next+16.4.6.patch calls
// `sendCachedPayload` from sendRenderResult when `cacheControl.revalidate` is not 0):
// never a page rendered per request, which may hold personal data. The route cache
// handler installs the sender (`installCachedPayloadSender`); Next.js loads that
// handler itself, outside its bundles, so this file is erasable TypeScript with
// explicit .ts imports and no "server-only".
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

export type ContentCoding = "br" | "gzip" | "identity";

/** The codings the portal stores, in its own order of preference when a client likes several equally. */
const STORED: readonly ContentCoding[] = ["br", "gzip", "identity"];

/** Below this a compressed body saves less than its headers and the CPU cost (the `compression` package's threshold too). */
export const MIN_COMPRESSED_BYTES = 1024;

/** Payloads kept, least recently used dropped first: every cached page and its RSC payload in three languages fit. */
export const MAX_PAYLOADS = 300;

/**
 * Brotli quality for payloads compressed once: 11 (the smallest output) cost about
 * 40 ms per 58 KiB page on this machine, once per payload and off the event loop;
 * gzip at level 9 a few milliseconds. See decision 0025.
 */
export const BROTLI_QUALITY = 11;
export const GZIP_LEVEL = 9;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The codings a client accepts, best first (RFC 9110 12.5.3): q-values, `*` for
 * every coding not named, `identity` acceptable unless refused by `identity;q=0` or
 * `*;q=0`. Ties go to the portal's order (br, gzip, identity). No header: identity
 * only (a client that names no coding may not decode one). `x-gzip` is gzip.
 */
export function acceptableCodings(acceptEncoding: string | string[] | undefined): ContentCoding[] {
  if (acceptEncoding === undefined) return ["identity"];
  const named = new Map<string, number>();
  for (const part of (Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding).split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const m = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i.exec(param);
      if (m) q = Number(m[1]);
      else if (/^q\s*=/i.test(param)) q = -1; // a malformed weight: the entry counts for nothing
    }
    const coding = name.toLowerCase() === "x-gzip" ? "gzip" : name.toLowerCase();
    if (q >= 0) named.set(coding, Math.max(q, named.get(coding) ?? -1));
  }
  const star = named.get("*");
  const weight = (coding: ContentCoding): number => {
    const q = named.get(coding);
    if (q !== undefined) return q;
    if (star !== undefined) return star;
    return coding === "identity" ? 1 : 0;
  };
  return STORED.filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a) || STORED.indexOf(a) - STORED.indexOf(b));
}

/** The entity tags of an If-None-Match value, opaque parts without W/; ["*"] for `*`; undefined when malformed. */
export function entityTags(ifNoneMatch: string): string[] | undefined {
  const value = ifNoneMatch.trim();
  if (value === "*") return ["*"];
  const tag = /(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")/y;
  const tags: string[] = [];
  let i = 0;
  const skip = (chars: string) => {
    while (i < value.length && chars.includes(value[i]!)) i++;
  };
  while (i < value.length) {
    skip(" \t,"); // empty list elements are allowed
    if (i >= value.length) break;
    tag.lastIndex = i;
    const m = tag.exec(value);
    if (!m) return undefined;
    tags.push(m[1]!);
    i = tag.lastIndex;
    skip(" \t");
    if (i < value.length && value[i] !== ",") return undefined;
  }
  return tags.length > 0 ? tags : undefined;
}

/**
 * Whether If-None-Match lets a GET or HEAD be answered with 304 for a representation
 * whose tag is `etag` (RFC 9110 13.1.2): `*` matches any current representation,
 * otherwise one listed tag must match by weak comparison (the opaque parts equal,
 * W/ on either side ignored). A malformed header matches nothing: the full answer.
 */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const tags = entityTags(ifNoneMatch);
  if (!tags) return false;
  const opaque = etag.replace(/^W\//, "");
  return tags.some((t) => t === "*" || t === opaque);
}

/**
 * The ETag of one coding of a payload: each coding is a representation of its own
 * and a strong tag names exactly one sequence of bytes, so br and gzip get a suffix.
 */
export function etagOf(base: string, coding: ContentCoding): string {
  if (coding === "identity") return base;
  return `${base.slice(0, -1)}-${coding === "br" ? "br" : "gz"}"`;
}

type Stored = {
  etag: string;
  identity: Buffer;
  /** Absent until compressed (in the thread pool, once); never for small payloads. */
  br?: Buffer;
  gzip?: Buffer;
};

const payloads = new Map<string, Stored>();

function compressInBackground(stored: Stored): void {
  const size = stored.identity.length;
  void gzip(stored.identity, { level: GZIP_LEVEL }).then((bytes) => (stored.gzip = bytes), () => undefined);
  void brotli(stored.identity, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size },
  }).then((bytes) => (stored.br = bytes), () => undefined);
}

/**
 * The stored form of a payload, made on first sight: its bytes and tag at once, its
 * compressed forms a few milliseconds later (until then a request gets the best coding
 * that is ready, so nobody waits for brotli). Least recently used payloads are dropped.
 */
export function storedPayload(payload: string, etag: string): Stored {
  let stored = payloads.get(payload);
  if (stored && stored.etag === etag) {
    payloads.delete(payload);
    payloads.set(payload, stored);
    return stored;
  }
  stored = { etag, identity: Buffer.from(payload, "utf8") };
  if (stored.identity.length >= MIN_COMPRESSED_BYTES) compressInBackground(stored);
  if (payloads.size >= MAX_PAYLOADS) payloads.delete(payloads.keys().next().value!);
  payloads.set(payload, stored);
  return stored;
}

/** Resolves when a payload's compressed forms are stored (tests, and the bench's warm-up). */
export async function whenCompressed(payload: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = payloads.get(payload);
    if (!stored || stored.identity.length < MIN_COMPRESSED_BYTES || (stored.br && stored.gzip)) return;
    if (Date.now() > deadline) throw new Error("the payload was not compressed in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Adds Accept-Encoding to Vary, keeping what Next.js put there (RSC, Next-Router-State-Tree, …). */
function varyOnEncoding(res: ServerResponse): void {
  const current = res.getHeader("Vary");
  const list = (Array.isArray(current) ? current.join(",") : current === undefined ? "" : String(current)).split(",").map((s) => s.trim()).filter(Boolean);
  if (list.includes("*") || list.some((v) => v.toLowerCase() === "accept-encoding")) return;
  res.setHeader("Vary", [...list, "Accept-Encoding"].join(", "));
}

/**
 * Answers a GET or HEAD for a cacheable payload: the client's best stored coding,
 * `Vary: Accept-Encoding`, the coding's ETag and length; 304 when If-None-Match
 * matches. Status, Cache-Control and Content-Type are the caller's (Next.js set them).
 * Returns false for other methods: the caller sends the payload its own way.
 */
export function sendCachedPayload(req: IncomingMessage, res: ServerResponse, payload: string, etag: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const stored = storedPayload(payload, etag);
  const coding = acceptableCodings(req.headers["accept-encoding"]).find((c) => c === "identity" || stored[c] !== undefined) ?? "identity";
  const body = coding === "identity" ? stored.identity : stored[coding]!;
  const tag = etagOf(stored.etag, coding);
  varyOnEncoding(res);
  res.setHeader("ETag", tag);
  if (notModified(req.headers["if-none-match"], tag)) {
    // RFC 9110 15.4.5: the 304 carries the 200's Cache-Control, ETag and Vary, no body.
    res.statusCode = 304;
    res.removeHeader("Content-Type");
    res.end();
    return true;
  }
  if (coding !== "identity") res.setHeader("Content-Encoding", coding);
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

const SENDER = Symbol.for("portal.sendCachedPayload");

/** Makes the patched Next.js send cacheable payloads through `sendCachedPayload` in this process. */
export function installCachedPayloadSender(): void {
  (globalThis as Record<symbol, unknown>)[SENDER] = sendCachedPayload;
}
