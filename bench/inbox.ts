// Figure 3: the staff inbox at a small and a large number of inquiries, each in
// a database of its own, rendered by the portal and read as the gateway.
import type { Context, PhaseResult } from "./context.ts";
import { DEMO_PASSWORD, prepareEmptyDatabase, query } from "./database.ts";
import { decodeEntities, findLink, hiddenFields } from "./html.ts";
import { cookieHeader, cookiesFrom, getText, multipart, request } from "./http.ts";
import { inboxFillSql, JAPANESE_SEARCH_WORD } from "./inbox-data.ts";
import { startPortal } from "./servers.ts";
import { atMost, fmt, fmtMs, fmtRatio, ratio, summarize, type Row } from "./stats.ts";

const VIEWS = [
  { id: "first", name: "first page", path: "/de/admin/inquiries" },
  { id: "filtered", name: "filtered (status + direction + sector)", path: "/de/admin/inquiries?status=IN_PROGRESS&direction=TOKYO_TO_NRW&sector=digital" },
  { id: "deep", name: "deep page (20 × next)", path: "" },
  { id: "search", name: `Japanese search ?q=${JAPANESE_SEARCH_WORD}`, path: `/de/admin/inquiries?q=${encodeURIComponent(JAPANESE_SEARCH_WORD)}` },
  { id: "dashboard", name: "dashboard", path: "/de/admin/dashboard" },
  // The programme report over its longest period, the last 366 days (issue #21, decision 0024).
  { id: "report", name: "programme report (366 days)", path: `/de/admin/report?${lastYear()}` },
] as const;

function lastYear(): string {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86_400_000);
  return new URLSearchParams({ from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }).toString();
}

type ViewResult = { status: number; path: string; samples: number[] } | { status: number; path: string; skipped: string };

/** Signs in through the real sign-in form (no JavaScript) and returns the session cookies. */
async function signIn(origin: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const page = await getText(`${origin}/de/admin/sign-in`);
  if (page.status !== 200) throw new Error(`the sign-in page answered ${page.status}`);
  const form = await multipart([...hiddenFields(page.text, (f) => f.includes('name="password"')), ["email", email], ["password", DEMO_PASSWORD]]);
  const res = await request(`${origin}/de/admin/sign-in`, { method: "POST", body: form.body, headers: { "content-type": form.contentType, accept: "text/html", origin } });
  for (const [k, v] of cookiesFrom(res.headers)) jar.set(k, v);
  if (res.status !== 303 || jar.size === 0) throw new Error(`signing in answered ${res.status} with ${jar.size} cookies`);
  return cookieHeader(jar);
}

async function deepPath(origin: string, cookie: string, hops: number): Promise<string> {
  let current = "/de/admin/inquiries";
  for (let i = 0; i < hops; i++) {
    const page = await getText(origin + current, { cookie });
    if (page.status !== 200) throw new Error(`GET ${current} answered ${page.status}`);
    const next = findLink(page.text, /href="[^"]*[?&](amp;)?after=/);
    if (!next) throw new Error(`no next link after ${i} pages`);
    current = decodeEntities(next);
  }
  return current;
}

type Inbox = { size: number; origin: string; cookie: string; fillSeconds: number };

/** A database with `size` inquiries and a portal on it, signed in as the gateway. */
async function openInbox(ctx: Context, size: number): Promise<Inbox> {
  const url = await ctx.postgres.createDatabase(`bench_inbox_${size}`);
  await prepareEmptyDatabase(url);
  const started = performance.now();
  await query(url, inboxFillSql(size));
  // What autovacuum does to a table that grew over two years, done at once after the bulk
  // load: without it the trigram indexes' pending lists (GIN fastupdate) hold all 100,000
  // rows, the planner prices those indexes out, and searches measure the bulk load, not the inbox.
  await query(url, `VACUUM ANALYZE`);
  const fillSeconds = (performance.now() - started) / 1000;
  console.log(`[bench] inbox: ${size.toLocaleString("en-US")} inquiries written in ${fillSeconds.toFixed(1)} s`);
  const [{ n }] = (await query<{ n: string }>(url, `SELECT count(*)::text AS n FROM "Inquiry"`)) as [{ n: string }];
  if (Number(n) !== size) throw new Error(`the inbox database holds ${n} inquiries, not ${size}`);
  const portal = ctx.track(await startPortal({ port: await ctx.port(), databaseUrl: url, logDir: ctx.logDir, name: `portal-inbox-${size}` }));
  return { size, origin: portal.origin, cookie: await signIn(portal.origin, "gateway@example.org"), fillSeconds };
}

/**
 * Times a view on both inboxes, alternating request by request, so that the
 * load of a shared machine falls on both alike. Render included: the time is
 * until the last byte of the page.
 */
async function measureView(inboxes: Inbox[], paths: string[], samples: number, budgetMs: number): Promise<ViewResult[]> {
  const get = (i: number) => request(inboxes[i]!.origin + paths[i]!, { headers: { cookie: inboxes[i]!.cookie, "accept-encoding": "gzip, br", accept: "text/html" } });
  const results: ViewResult[] = [];
  for (let i = 0; i < inboxes.length; i++) {
    const first = await get(i);
    results.push(first.status === 200 ? { status: 200, path: paths[i]!, samples: [] } : { status: first.status, path: paths[i]!, skipped: `HTTP ${first.status}` });
  }
  if (results.some((r) => "skipped" in r)) return results;
  for (let warm = 0; warm < 2; warm++) for (let i = 0; i < inboxes.length; i++) await get(i);
  // Bounded in time: a slow machine gets fewer samples (never fewer than five), not a longer run.
  const deadline = Date.now() + budgetMs;
  for (let n = 0; n < samples && (n < 5 || Date.now() < deadline); n++) {
    for (let i = 0; i < inboxes.length; i++) {
      const res = await get(i);
      if (res.status !== 200) throw new Error(`GET ${paths[i]} at ${inboxes[i]!.size} answered ${res.status} on sample ${n + 1}`);
      (results[i] as { samples: number[] }).samples.push(res.ms);
    }
  }
  return results;
}

export async function inbox(ctx: Context): Promise<PhaseResult> {
  const [small, large] = ctx.budget.inboxSizes;
  const inboxes = [await openInbox(ctx, small), await openInbox(ctx, large)];
  const measured: Record<string, ViewResult[]> = {};
  for (const view of VIEWS) {
    const paths = view.id === "deep" ? await Promise.all(inboxes.map((box) => deepPath(box.origin, box.cookie, 20))) : inboxes.map(() => view.path);
    measured[view.id] = await measureView(inboxes, paths, ctx.budget.inboxSamples, ctx.budget.inboxViewSeconds * 1000);
  }
  const rows: Row[] = [];
  const label = `${fmt(large)} vs ${fmt(small)}${ctx.mode === "short" ? ", short mode" : ""}`;
  for (const view of VIEWS) {
    const [a, b] = measured[view.id] as [ViewResult, ViewResult];
    if (!("samples" in a) || !("samples" in b)) {
      const reason = "skipped" in a ? a.skipped : "skipped" in b ? b.skipped : "";
      rows.push({ figure: `3. inbox ${view.name}: p95 (${label})`, value: "n/a", ceiling: "n/a", ratio: "–", target: "≤ 1.50x", verdict: "n/a", note: reason });
      continue;
    }
    const s = summarize(a.samples);
    const l = summarize(b.samples);
    const r = ratio(l.p95, s.p95);
    rows.push({
      figure: `3. inbox ${view.name}: p50 / p95 (${label})`,
      value: `${fmtMs(l.p50)} / ${fmtMs(l.p95)} at ${fmt(large)}`,
      ceiling: `${fmtMs(s.p50)} / ${fmtMs(s.p95)} at ${fmt(small)}`,
      ratio: fmtRatio(r),
      target: "≤ 1.50x",
      verdict: atMost(r, 1.5),
    });
  }
  const digest = (i: number) => ({
    fillSeconds: inboxes[i]!.fillSeconds,
    views: Object.fromEntries(Object.entries(measured).map(([id, [...r]]) => [id, "samples" in r[i]! ? { path: r[i]!.path, ...summarize(r[i]!.samples), samples: r[i]!.samples } : r[i]])),
  });
  return { rows, data: { database: ctx.postgres.kind, [small]: digest(0), [large]: digest(1) } };
}
