// Figure 7: what a visitor on a phone feels. Lighthouse (the npm package) in its
// default mobile profile (simulated slow 4G, 4x slower CPU) against Debian's
// Chromium, on four content pages and the inquiry's first step, beside the bare
// Next.js page in the same run. Full mode: three runs of each URL in alternating
// rounds, each figure the median of its three; short mode (CI): one page once,
// no bare page, reported only.
//
// Simulated throttling computes the timings from a trace and the network's
// requests, so a busy machine moves them far less than it moves figure 1; it
// still moves them a little (the trace's own CPU time grows).
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import type { Context, PhaseResult } from "./context.ts";
import { getText, waitForStatus } from "./http.ts";
import { startBareNext, startPortal, type Server } from "./servers.ts";
import { atLeast, atMost, fmt, fmtBytes, fmtMs, fmtRatio, ratio, worst, type Row, type Verdict } from "./stats.ts";
import { isRunning, spawnGroup, stopGroup } from "../scripts/lib/processes.ts";

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** The measured pages; `content` pages have the content-page targets, the inquiry step its own. */
const PAGES: { path: string; content: boolean }[] = [
  { path: "/ja", content: true },
  { path: "/de/municipalities", content: true },
  { path: "/ja/municipalities/essen", content: true },
  { path: "/en/events", content: true },
  { path: "/de/inquiry", content: false },
];
const SHORT_PAGE = "/ja/municipalities/essen";
const BARE_PAGE = "/pad/0";

const TARGETS = { performance: 95, tbtMs: 100, contentJsBytes: 20 * 1024, inquiryJsRatio: 0.6, otherScores: 100 };

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  /** Bytes on the wire of every script the page loaded. */
  jsBytes: number;
  /** Bytes on the wire of everything the page loaded. */
  totalBytes: number;
};

/** Chromium in its own process group, headless, with the DevTools port Lighthouse connects to. */
async function startChromium(port: number, ctx: Context): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(ctx.tmpDir, "chromium-"));
  const log = fs.openSync(path.join(ctx.logDir, "chromium.log"), "a");
  const child = spawnGroup(
    CHROMIUM,
    ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", log, log] },
  );
  const stop = () => stopGroup(child, 5_000);
  try {
    await waitForStatus(`http://127.0.0.1:${port}/json/version`, 30_000, () => isRunning(child));
  } catch (error) {
    await stop();
    throw new Error(`Chromium (${CHROMIUM}): ${(error as Error).message}`);
  }
  return { port, stop };
}

const score = (value: number | null | undefined) => (typeof value === "number" ? Math.round(value * 100) : Number.NaN);

/** One Lighthouse run of `url` in the default (mobile) configuration. */
export async function measure(url: string, chromePort: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port: chromePort, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw Object.assign(new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`), { code: lhr.runtimeError.code });
  const requests = ((lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
  const bytes = (only?: string) => requests.filter((r) => !only || r.resourceType === only).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories["best-practices"]?.score),
    seo: score(lhr.categories.seo?.score),
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    jsBytes: bytes("Script"),
    totalBytes: bytes(),
  };
}

// Lighthouse's own answer to a trace it failed to record ("Something went wrong with
// recording the trace over your page load. Please run Lighthouse again."): it ended the
// full run of 2026-12-03 on the inquiry step on an idle machine, and the same page then
// measured cleanly by hand.
const RUN_AGAIN = new Set(["NO_NAVSTART", "NO_FCP", "NO_TRACING_STARTED"]);

/** One run of `url`; a run Lighthouse itself asks to repeat is repeated once, and noted in `retried`. */
async function measureWithRetry(url: string, chromePort: number, retried: string[]): Promise<LighthouseFigures> {
  try {
    return await measure(url, chromePort);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code || !RUN_AGAIN.has(code)) throw error;
    retried.push(`${new URL(url).pathname}: ${code}`);
    return measure(url, chromePort);
  }
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
};

/** Each figure's median over the runs, taken figure by figure. */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const keys = Object.keys(runs[0]!) as (keyof LighthouseFigures)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as LighthouseFigures;
}

const describe = (f: LighthouseFigures) => `Performance ${fmt(f.performance)}, TBT ${fmtMs(f.tbtMs)}, LCP ${fmt(f.lcpMs / 1000, 1)} s, JS ${fmtBytes(f.jsBytes)}`;
const otherScores = (f: LighthouseFigures) => `Accessibility ${fmt(f.accessibility)}, Best practices ${fmt(f.bestPractices)}, SEO ${fmt(f.seo)}`;

export async function lighthousePages(ctx: Context): Promise<PhaseResult> {
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const short = ctx.mode === "short";
  const pages = short ? PAGES.filter((p) => p.path === SHORT_PAGE) : PAGES;
  const runs = short ? 1 : 3;
  const servers: Server[] = [];
  const retried: string[] = [];
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  try {
    const [portal, bare] = await Promise.all([
      startPortal({ port: await ctx.port(), databaseUrl: ctx.demoDatabaseUrl, logDir: ctx.logDir, name: "portal-lighthouse" }).then((s) => ctx.track(s)),
      short ? undefined : startBareNext({ port: await ctx.port(), databaseUrl: ctx.demoDatabaseUrl, logDir: ctx.logDir }).then((s) => ctx.track(s)),
    ]);
    servers.push(portal, ...(bare ? [bare] : []));
    chromium = await startChromium(await ctx.port(), ctx);
    const urls = [...pages.map((p) => portal.origin + p.path), ...(bare ? [bare.origin + BARE_PAGE] : [])];
    // First renders fill the route cache; Lighthouse should measure what the next visitor gets.
    for (const url of urls) {
      const res = await getText(url);
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
    }
    const samples = new Map<string, LighthouseFigures[]>(urls.map((u) => [u, []]));
    // Alternating rounds, as figure 1: a slow stretch of the machine falls on all pages alike.
    for (let round = 0; round < runs; round++) for (const url of urls) samples.get(url)!.push(await measureWithRetry(url, chromium.port, retried));
    if (retried.length) data.retried = retried;

    const bareFigures = bare ? medianFigures(samples.get(bare.origin + BARE_PAGE)!) : undefined;
    if (bareFigures) data.bare = { path: BARE_PAGE, median: bareFigures, runs: samples.get(bare!.origin + BARE_PAGE) };
    for (const page of pages) {
      const all = samples.get(portal.origin + page.path)!;
      const f = medianFigures(all);
      const jsRatio = ratio(f.jsBytes, bareFigures?.jsBytes);
      data[page.path] = { median: f, runs: all, jsRatio };
      const others = [f.accessibility, f.bestPractices, f.seo].map((s) => atLeast(s, TARGETS.otherScores));
      const verdicts: Verdict[] = page.content
        ? [atLeast(f.performance, TARGETS.performance), atMost(f.tbtMs, TARGETS.tbtMs), atMost(f.jsBytes, TARGETS.contentJsBytes), ...others]
        : [short ? "n/a" : atMost(jsRatio, TARGETS.inquiryJsRatio), ...others];
      rows.push({
        figure: `7. Lighthouse mobile ${page.path}${short ? " (1 run)" : ` (median of ${runs})`}`,
        value: describe(f),
        ceiling: bareFigures ? `bare Next: ${describe(bareFigures)}` : "–",
        ratio: `JS ${fmtRatio(jsRatio)}`,
        target: page.content ? "Performance ≥ 95, TBT ≤ 100 ms, JS ≤ 20 KiB; other scores 100" : "JS ≤ 0.60x bare; other scores 100",
        // Short mode reports only: one run on a CI machine is not a measurement to judge.
        verdict: short ? "n/a" : worst(...verdicts),
        note: [short ? "report only" : "", otherScores(f), ...retried.filter((r) => r.startsWith(`${page.path}:`)).map((r) => `run repeated (${r.slice(page.path.length + 2)})`)].filter(Boolean).join("; "),
      });
    }
  } finally {
    await Promise.all([chromium?.stop(), ...servers.map((s) => s.stop())]);
  }
  return { rows, data };
}
