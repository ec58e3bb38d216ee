// Figure 6: the portal behind nginx with two instances against one, in the same run
// on the same database. The nginx site is the one of docs/deployment.md section 6 as
// the instances tests run it (tests/instances/support/nginx.ts, TLS included): one
// copy's upstream names the two instances, the other's names the first instance
// twice, which is one instance behind the same proxy. The two copies are loaded in
// alternating rounds (as figure 1), with public pages and with submissions. Report
// only: on two cores the second instance competes with the first for the same CPU,
// so the figure shows that nothing breaks (every page 200, every confirmed
// submission stored once) and gives a number to compare on a bigger machine.
import { spawnSync } from "node:child_process";
import type { Context, Mode, PhaseResult } from "./context.ts";
import { query } from "./database.ts";
import { BROWSER_HEADERS, getText } from "./http.ts";
import { loadInRounds, type LoadResult } from "./load.ts";
import { startPortal, type Server } from "./servers.ts";
import { atLeast, fmt, fmtMs, fmtRatio, ratio, type Row } from "./stats.ts";
import { fillOneJourney, prepare, settled, submitAll, type SubmitRun } from "./submissions.ts";
import { Nginx } from "../tests/instances/support/nginx.ts";

const PAGES: Record<Mode, string[]> = { full: ["/de/municipalities/essen", "/de/municipalities"], short: ["/de/municipalities/essen"] };
/** Alternating rounds and seconds per round and configuration. */
const ROUNDS: Record<Mode, { rounds: number; pageSeconds: number; submitSeconds: number; draftsPerRound: number }> = {
  full: { rounds: 2, pageSeconds: 5, submitSeconds: 5, draftsPerRound: 4_000 },
  short: { rounds: 1, pageSeconds: 3, submitSeconds: 3, draftsPerRound: 1_500 },
};

type Proxied = { name: "one" | "two"; nginx: Nginx };

function loadErrors(result: LoadResult): number {
  return result.errors + Object.entries(result.statusCodes).filter(([code]) => code !== "200").reduce((a, [, n]) => a + n, 0);
}

/** Share of the two-instance proxy's requests that each instance answered, from nginx's access log. */
function spread(nginx: Nginx, ports: readonly number[]): string {
  const log = nginx.accessLog();
  const counts = ports.map((port) => log.filter((line) => line.upstreams.split(", ").at(-1) === `127.0.0.1:${port}`).length);
  const total = counts.reduce((a, b) => a + b, 0);
  return total ? counts.map((n) => `${Math.round((100 * n) / total)}%`).join(" / ") : "no requests";
}

export async function instances(ctx: Context): Promise<PhaseResult> {
  for (const tool of ["nginx", "openssl"]) {
    if (spawnSync(tool, ["-v"], { stdio: "ignore" }).error) throw new Error(`${tool} is not installed (apt-get install nginx openssl); this figure runs the nginx site of docs/deployment.md`);
  }
  const plan = ROUNDS[ctx.mode];
  const db = ctx.demoDatabaseUrl;
  const ports = [await ctx.port(), await ctx.port()] as const;
  const proxies: Proxied[] = [];
  const servers: Server[] = [];
  try {
    for (const name of ["one", "two"] as const) {
      const [httpsPort, httpPort] = [await ctx.port(), await ctx.port()];
      proxies.push({ name, nginx: await Nginx.start({ instancePorts: name === "one" ? [ports[0], ports[0]] : [ports[0], ports[1]], httpsPort, httpPort }) });
    }
    const two = proxies[1]!;
    // The production settings of docs/deployment.md: behind the proxy, the client address from X-Forwarded-For.
    const env = { TRUST_PROXY: "1", PUBLIC_BASE_URL: two.nginx.baseURL };
    const started = await Promise.allSettled(ports.map((port, i) => startPortal({ port, databaseUrl: db, logDir: ctx.logDir, name: `portal-instance-${i + 1}`, env })));
    for (const result of started) if (result.status === "fulfilled") servers.push(ctx.track(result.value));
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;

    const rows: Row[] = [];
    const data: Record<string, unknown> = { rounds: plan.rounds };
    for (const page of PAGES[ctx.mode]) {
      for (const { nginx } of proxies) for (let i = 0; i < 4; i++) if ((await getText(nginx.baseURL + page)).status !== 200) throw new Error(`GET ${page} through nginx did not answer 200`);
      const [single, double] = (await loadInRounds(
        proxies.map(({ nginx }) => ({ url: nginx.baseURL + page, headers: BROWSER_HEADERS })),
        plan.rounds,
        plan.pageSeconds,
      )) as [LoadResult, LoadResult];
      const errors = loadErrors(single) + loadErrors(double);
      const r = ratio(double.rps, single.rps);
      data[page] = { one: single, two: double, ratio: r };
      rows.push({
        figure: `6. ${page} through nginx: two instances against one (${plan.rounds}×${plan.pageSeconds} s each, alternating)`,
        value: `${fmt(double.rps)} req/s, p99 ${fmtMs(double.p99)} (two)`,
        ceiling: `${fmt(single.rps)} req/s, p99 ${fmtMs(single.p99)} (one)`,
        ratio: fmtRatio(r),
        target: "(reported)",
        verdict: errors > 0 ? "FAIL" : double.requests === 0 || single.requests === 0 ? "n/a" : atLeast(r, 0),
        note: errors > 0 ? `${errors} errors/non-200` : `all 200; two instances answered ${spread(two.nginx, ports)}`,
      });
    }

    // Submissions: the check page's form through the proxy, as figure 2 sends it.
    const journey = await fillOneJourney(two.nginx.baseURL);
    const actionPath = new URL(journey.target.action).pathname;
    const countAll = async () => Number((await query<{ n: string }>(db, `SELECT count(*)::text AS n FROM "Inquiry"`))[0]!.n);
    // The rate limit counts per client address (here 127.0.0.1 for every request) across the run; figure 2 used up part of it.
    const clearRateLimits = () => query(db, `DELETE FROM "RateLimit"`);
    await clearRateLimits();
    for (const { nginx } of proxies) await submitAll(nginx.baseURL, nginx.baseURL + actionPath, await prepare(db, journey, 30), 1);
    await settled(db);
    const runs: Record<Proxied["name"], SubmitRun[]> = { one: [], two: [] };
    const before = await countAll();
    for (let round = 0; round < plan.rounds; round++) {
      for (const { name, nginx } of proxies) {
        await clearRateLimits();
        const prepared = await prepare(db, journey, plan.draftsPerRound);
        runs[name].push(await submitAll(nginx.baseURL, nginx.baseURL + actionPath, prepared, plan.submitSeconds));
        await settled(db);
      }
    }
    const all = [...runs.one, ...runs.two];
    const sent = all.flatMap((r) => r.sent);
    const confirmed = all.flatMap((r) => r.confirmed);
    const refused = all.flatMap((r) => r.refused);
    const [stored] = await query<{ rows: string; keys: string; confirmed: string }>(
      db,
      `SELECT count(*)::text AS rows, count(DISTINCT "idempotencyKey")::text AS keys, count(*) FILTER (WHERE "idempotencyKey" = ANY($2::text[]))::text AS confirmed
       FROM "Inquiry" WHERE "idempotencyKey" = ANY($1::text[])`,
      [sent, confirmed],
    );
    const newRows = (await countAll()) - before;
    const lost = confirmed.length - Number(stored!.confirmed);
    const duplicated = Number(stored!.rows) - Number(stored!.keys) + (newRows - Number(stored!.rows));
    const errors = all.reduce((n, r) => n + r.errors, 0);
    const rate = (list: SubmitRun[]) => list.reduce((n, r) => n + r.confirmed.length, 0) / list.reduce((s, r) => s + r.activeSeconds, 0);
    const p99 = (list: SubmitRun[]) => Math.max(...list.map((r) => r.p99));
    const [single, double] = [rate(runs.one), rate(runs.two)];
    const correct = lost === 0 && duplicated === 0 && refused.length === 0 && errors === 0 && confirmed.length > 0;
    const r = ratio(double, single);
    data.submissions = { one: { rate: single, confirmed: runs.one.reduce((n, x) => n + x.confirmed.length, 0) }, two: { rate: double, confirmed: runs.two.reduce((n, x) => n + x.confirmed.length, 0) }, ratio: r, lost, duplicated, refused: refused.length, errors, newRows, spread: spread(two.nginx, ports) };
    rows.push({
      figure: `6. submissions through nginx: two instances against one (${plan.rounds}×${plan.submitSeconds} s each, 50 connections)`,
      value: `${fmt(double, 1)} inquiries/s, p99 ${fmtMs(p99(runs.two))} (two)`,
      ceiling: `${fmt(single, 1)} inquiries/s, p99 ${fmtMs(p99(runs.one))} (one)`,
      ratio: fmtRatio(r),
      target: "(reported); 0 lost, 0 duplicated",
      verdict: correct ? "pass" : "FAIL",
      note: correct
        ? `${fmt(confirmed.length)} confirmed = ${fmt(Number(stored!.confirmed))} stored: 0 lost, 0 duplicated`
        : `${lost} lost, ${duplicated} duplicated, ${refused.length} not confirmed, ${errors} connection errors`,
    });
    return { rows, data };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(proxies.map(({ nginx }) => nginx.stop()));
  }
}
