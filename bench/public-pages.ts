// Figures 1 and 4: public pages under load against a bare Next.js page of the
// same HTML size (the framework's ceiling) and node:http (the machine's), and
// the compressed JavaScript and CSS each page loads. The bare page is padded
// with the measured pages' own words (/prose), so that it has text of the same
// kind to encode and compress; the earlier ASCII padding (/pad) is measured too
// and reported beside it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Context, PhaseResult } from "./context.ts";
import { extractAssets, visibleWords } from "./html.ts";
import { BROWSER_HEADERS, getText, request } from "./http.ts";
import { load, loadInRounds, type LoadResult } from "./load.ts";
import { startBareNext, startPlainHttp, startPortal, type Server } from "./servers.ts";
import { atLeast, atMost, fmt, fmtBytes, fmtMs, fmtRatio, ratio, worst, type Row } from "./stats.ts";

const LOADED_PAGES = [
  { name: "/de/municipalities", path: "/de/municipalities" },
  { name: "profile /de/municipalities/essen", path: "/de/municipalities/essen" },
];

const WEIGHED_PAGES = ["/de", "/de/municipalities", "/de/municipalities/essen", "/de/events", "/de/about", "/de/tokyo", "/de/inquiry", "/ja", "/en"];

/** Warms a page (first render, caches) and returns its uncompressed HTML size. */
async function warm(origin: string, pagePath: string): Promise<number> {
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const res = await getText(origin + pagePath);
    if (res.status !== 200) throw new Error(`GET ${pagePath} answered ${res.status}`);
    size = res.body.length;
  }
  return size;
}

/** The bare page's path below `prefix` (/pad or /prose/<key>) whose HTML is within a few bytes of `target`. */
async function paddedPath(bare: Server, prefix: string, target: number): Promise<{ path: string; bytes: number }> {
  const size = async (n: number) => warm(bare.origin, `${prefix}/${n}`);
  const empty = await size(0);
  const probe = 10_000;
  const perChar = ((await size(probe)) - empty) / probe; // text appears in the HTML and in the inline RSC payload
  let n = Math.max(0, Math.round((target - empty) / perChar));
  let bytes = await size(n);
  for (let i = 0; i < 3 && Math.abs(bytes - target) > 16; i++) {
    n = Math.max(0, n + Math.round((target - bytes) / perChar));
    bytes = await size(n);
  }
  return { path: `${prefix}/${n}`, bytes };
}

/** Writes the words of the measured pages for the bare /prose pages; returns its path prefix. */
async function writeProse(origin: string, proseDir: string): Promise<string> {
  const words: string[] = [];
  for (const page of LOADED_PAGES) words.push(...visibleWords((await getText(origin + page.path)).text));
  const json = JSON.stringify(words);
  const key = createHash("sha256").update(json).digest("hex").slice(0, 16);
  fs.mkdirSync(proseDir, { recursive: true });
  fs.writeFileSync(path.join(proseDir, `${key}.json`), json);
  return `/prose/${key}`;
}

function hammer(origin: string, pagePath: string, seconds: number): Promise<LoadResult> {
  return load({ url: origin + pagePath, duration: seconds, headers: BROWSER_HEADERS }, (seconds + 30) * 1000);
}

function loadErrors(result: LoadResult): number {
  return result.errors + Object.entries(result.statusCodes).filter(([code]) => code !== "200").reduce((a, [, n]) => a + n, 0);
}

/** Compressed bytes of the scripts and stylesheets a page loads, as fetched with Accept-Encoding: br, gzip. */
async function pageWeight(origin: string, pagePath: string): Promise<{ js: number; css: number; files: number; encodings: string[] }> {
  const page = await getText(origin + pagePath);
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const assets = extractAssets(page.text, origin + pagePath);
  const encodings = new Set<string>();
  const sum = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) {
      const res = await request(url, { headers: { "accept-encoding": "br, gzip" } });
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
      encodings.add(String(res.headers["content-encoding"] ?? "identity"));
      total += res.body.length;
    }
    return total;
  };
  return { js: await sum(assets.scripts), css: await sum(assets.styles), files: assets.scripts.length + assets.styles.length, encodings: [...encodings] };
}

export async function publicPages(ctx: Context): Promise<PhaseResult> {
  const seconds = ctx.budget.loadSeconds;
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const portal = ctx.track(await startPortal({ port: await ctx.port(), databaseUrl: ctx.demoDatabaseUrl, logDir: ctx.logDir, name: "portal-public" }));
  let bare: Server | undefined;
  try {
    const sizes = new Map<string, number>();
    for (const page of LOADED_PAGES) sizes.set(page.path, await warm(portal.origin, page.path));
    const proseDir = path.join(ctx.tmpDir, "prose");
    const prose = await writeProse(portal.origin, proseDir);
    bare = ctx.track(await startBareNext({ port: await ctx.port(), databaseUrl: ctx.demoDatabaseUrl, logDir: ctx.logDir, proseDir }));

    // The machine's ceiling: node:http serving the first page's bytes.
    const bodyFile = path.join(ctx.tmpDir, "plain-body.html");
    fs.writeFileSync(bodyFile, (await getText(portal.origin + LOADED_PAGES[0]!.path)).body);
    const plain = ctx.track(await startPlainHttp({ port: await ctx.port(), bodyFile, logDir: ctx.logDir }));
    let machine: LoadResult;
    try {
      machine = await hammer(plain.origin, "/", seconds);
    } finally {
      await plain.stop();
    }
    data.machine = machine;
    rows.push({ figure: "1. machine ceiling: node:http, same bytes", value: `${fmt(machine.rps)} req/s`, ceiling: "–", ratio: "–", target: "(reference)", verdict: "pass", note: `p99 ${fmtMs(machine.p99)}` });

    for (const page of LOADED_PAGES) {
      const target = sizes.get(page.path)!;
      const twin = await paddedPath(bare, prose, target);
      const asciiTwin = await paddedPath(bare, "/pad", target);
      // The page and its two ceilings in alternating rounds: drift of the machine falls on all three alike.
      const [framework, ascii, measured] = (await loadInRounds(
        [bare.origin + twin.path, bare.origin + asciiTwin.path, portal.origin + page.path].map((url) => ({ url, headers: BROWSER_HEADERS })),
        ctx.budget.loadRounds,
        seconds / ctx.budget.loadRounds,
      )) as [LoadResult, LoadResult, LoadResult];
      const r = ratio(measured.rps, framework.rps);
      // What each side sent under load: the portal its stored brotli, the bare page gzip made per request.
      const coding = async (url: string) => String((await request(url, { headers: BROWSER_HEADERS })).headers["content-encoding"] ?? "identity");
      const codings = { portal: await coding(portal.origin + page.path), bare: await coding(bare.origin + twin.path) };
      const errors = loadErrors(measured) + loadErrors(framework) + loadErrors(ascii);
      data[page.path] = {
        htmlBytes: target,
        bare: { path: twin.path, htmlBytes: twin.bytes, ...framework },
        bareAscii: { path: asciiTwin.path, htmlBytes: asciiTwin.bytes, ...ascii, ratio: ratio(measured.rps, ascii.rps) },
        portal: measured,
        codings,
        ratio: r,
        machineRatio: ratio(measured.rps, machine.rps),
      };
      rows.push({
        figure: `1. ${page.name}: throughput (${fmt(target / 1024, 1)} KiB HTML)`,
        value: `${fmt(measured.rps)} req/s`,
        ceiling: `${fmt(framework.rps)} req/s bare Next`,
        ratio: fmtRatio(r),
        target: "≥ 1.00x",
        verdict: errors > 0 ? "FAIL" : measured.requests === 0 ? "miss" : atLeast(r, 1),
        note:
          errors > 0
            ? `${errors} errors/non-200`
            : measured.requests === 0
              ? `no response completed within ${seconds} s`
              : `${codings.portal} (stored) vs ${codings.bare} (per request); ${fmtRatio(ratio(measured.rps, machine.rps))} of node:http; ${fmtRatio(ratio(measured.rps, ascii.rps))} of the ASCII-padded bare page (${fmt(ascii.rps)} req/s, p99 ${fmtMs(ascii.p99)})`,
      });
      rows.push({
        figure: `1. ${page.name}: latency p50 / p99`,
        value: `${fmtMs(measured.p50)} / ${fmtMs(measured.p99)}`,
        ceiling: `${fmtMs(framework.p50)} / ${fmtMs(framework.p99)}`,
        ratio: fmtRatio(ratio(measured.p99, framework.p99)),
        target: "p99 ≤ ceiling's",
        verdict: measured.requests === 0 ? "miss" : atMost(measured.p99, framework.p99),
      });
    }

    // Figure 4: page weight against the bare page (its own runtime chunks, no CSS).
    const bareWeight = await pageWeight(bare.origin, "/pad/0");
    const bareTotal = bareWeight.js + bareWeight.css;
    const weights: Record<string, unknown> = { bare: bareWeight };
    for (const pagePath of WEIGHED_PAGES) {
      const w = await pageWeight(portal.origin, pagePath);
      const total = w.js + w.css;
      const r = ratio(total, bareTotal);
      weights[pagePath] = { ...w, ratio: r };
      rows.push({
        figure: `4. page weight ${pagePath} (JS + CSS, compressed)`,
        value: `${fmtBytes(w.js)} + ${fmtBytes(w.css)}`,
        ceiling: `${fmtBytes(bareTotal)} bare Next`,
        ratio: fmtRatio(r),
        target: "≤ 1.30x",
        verdict: worst(atMost(r, 1.3)),
        note: `${w.files} files, ${w.encodings.join("/")}`,
      });
    }
    data.pageWeight = weights;
  } finally {
    await Promise.all([portal.stop(), bare?.stop()]);
  }
  return { rows, data };
}
