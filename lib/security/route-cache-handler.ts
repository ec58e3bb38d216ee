// Next.js's file-system route cache, plus two things: a page stored in it loses its
// scripts (content pages are HTML and CSS only, decision 0026), and it gets a
// Content-Security-Policy that names the SHA-256 hash of each inline script left
// (none, for the pages cached today).
// Cached public pages (decision 0003) are the same bytes for every visitor until they
// are revalidated, so a hash allows exactly their inline scripts and nothing an
// attacker could add, without a per-request nonce that would make them dynamic
// (decision 0005). Next.js sends a cache entry's headers with every response built
// from it, the first one included. With several instances, tag revalidations are
// passed between them over PostgreSQL (lib/cache/invalidation.ts, decision 0017).
//
// Next.js imports this file itself at run time, through route-cache-handler-entry.mjs
// (next.config.ts `cacheHandler`), with Node's own TypeScript support or, on Node
// versions without it, tsx: erasable syntax only, explicit .ts imports.
//
// Loading it also installs the sender that serves the pages it stores compressed once
// per payload, with their ETag and 304 (lib/cache/encoded-payloads.ts, decision 0025),
// and the one that sends per-request content pages without scripts (plain-pages.ts).
import { createRequire } from "node:module";
import type FileSystemCacheType from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { installCachedPayloadSender } from "../cache/encoded-payloads.ts";
import { ALL_TAGS, announceInvalidation, onInvalidation } from "../cache/invalidation.ts";
import { env } from "../env.ts";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy.ts";
import { STRICT_TRANSPORT_SECURITY } from "./headers.ts";
import { isNotFoundPage, notFoundPageHtml } from "./not-found-page.ts";
import { isErrorShell, withoutScripts } from "./plain-html.ts";
import { installPlainPageSender } from "./plain-pages.ts";

const require = createRequire(import.meta.url);
const FileSystemCache: typeof FileSystemCacheType = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

type CacheValue = Parameters<FileSystemCacheType["set"]>[1];
type Durations = Parameters<FileSystemCacheType["revalidateTag"]>[1];

/**
 * Entries written before this moment are stale: announcements may have been missed
 * before it. That is the case for entries on disk from before this process started
 * (data may have changed while no instance listened: a restore, a change made while
 * everything was stopped), so each page is rendered once per process, and again
 * after the listening connection was lost and reopened.
 */
let staleBefore = Date.now();

installCachedPayloadSender();
// Per-request content pages (the filtered directory) lose their scripts too.
if (env.NODE_ENV === "production") installPlainPageSender();

// Tags another instance revalidated (or a database trigger announced) expire here too
// (decision 0017). Next.js keeps expired tags in one map per process, which
// revalidateTag of the file-system cache updates without touching the instance.
onInvalidation(({ tags, expire }) => {
  if (tags.includes(ALL_TAGS)) staleBefore = Date.now();
  else void FileSystemCache.prototype.revalidateTag.call(Object.create(FileSystemCache.prototype), tags, expire === undefined ? undefined : { expire });
});

/** The page's path in a cache key such as `/route-cache/APP_PAGE/<build>/$/ja/404`. */
function pagePath(key: string): string {
  const marker = key.indexOf("/$/");
  return marker < 0 ? key : key.slice(marker + 2);
}

export default class RouteCacheHandler extends FileSystemCache {
  override async get(...args: Parameters<FileSystemCacheType["get"]>): ReturnType<FileSystemCacheType["get"]> {
    const entry = await super.get(...args);
    return entry && entry.lastModified < staleBefore ? null : entry;
  }

  override async revalidateTag(tags: string | string[], durations?: Durations): Promise<void> {
    await super.revalidateTag(tags, durations);
    await announceInvalidation(typeof tags === "string" ? [tags] : tags, durations?.expire);
  }

  override async set(key: string, data: CacheValue, ctx: Parameters<FileSystemCacheType["set"]>[2]): Promise<void> {
    if (data?.kind === "APP_PAGE" && typeof data.html === "string" && data.html) {
      const pathname = pagePath(key);
      // The 404 page answers with its status wherever it is sent (not-found-page.ts).
      if (isNotFoundPage(pathname)) data.status = 404;
      // Next's error shell (a 404 of a cached route such as an unknown profile slug) is blank
      // without its scripts: the 404 page takes its place, or, failing that, it stays as it is.
      if (isErrorShell(data.html)) data.html = (await notFoundPageHtml(pathname)) ?? data.html;
      // Once per render: every visitor, the first included, gets the stored bytes (decision 0026).
      if (!isErrorShell(data.html)) data.html = withoutScripts(data.html);
      const https = (env.PUBLIC_BASE_URL ?? "").startsWith("https:");
      const policy = contentSecurityPolicy({ hashes: inlineScriptHashes(data.html) }, { https });
      // The same object becomes the response, so the first visitor gets the headers too.
      // proxy.ts does not see plain reads of these pages, so HSTS travels with the page.
      data.headers = { ...data.headers, "content-security-policy": policy, ...(https ? { "strict-transport-security": STRICT_TRANSPORT_SECURITY } : {}) };
      // A 404 below a cached route (an unknown profile slug) is sent but not stored: any
      // visitor can make up paths, and each stored one would stay on disk.
      if (data.status === 404 && !isNotFoundPage(pathname)) return;
    }
    return super.set(key, data, ctx);
  }
}
