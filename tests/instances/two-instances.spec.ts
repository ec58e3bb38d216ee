// Two real app instances on one PostgreSQL (docs/deployment.md): started at the same
// moment on an empty database, they must prepare it once and both serve; what one
// instance knows (a session, a rate limit, a lockout, a revalidated page, an
// organisation snapshot, a queued mail) must hold on the other.
import type { ParsedMail } from "mailparser";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { SMTPServer } from "smtp-server";
import { freePort } from "../../scripts/lib/db/embedded";
import { fillInquiry, sendInquiry } from "../e2e/support/inquiry-form";
import { DEMO_PASSWORD } from "../e2e/support/staff";
import type { Portal } from "../resilience/support/portal";
import { startSmtp, stopSmtp } from "../resilience/support/smtp";
import { instanceEnv, SharedDatabase, startInstances } from "./support/cluster";

const BASE_PORT = Number(process.env.INSTANCES_PORT ?? 3141);
/** A small status look-up allowance, so that using it up across both instances takes a few requests. */
const LOOKUPS_PER_HOUR = 5;
const METRICS_TOKEN = "metrics-token-of-this-test-run";

test.describe.configure({ mode: "serial" });

/** What `next start` itself prints when it starts (not the portal's lines). */
const NEXT_BANNER = /^\s*(▲ Next\.js \d|- (Local|Network|Environments?):|✓ (Starting|Ready in|Running next\.config\.ts took))/;

function isLogLine(line: string): boolean {
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    return ["level", "time", "component", "msg"].every((key) => typeof entry[key] === "string");
  } catch {
    return false;
  }
}

/** Whether the instance's supervisor or server logged `msg` as `component`. */
function logged(portal: Portal, component: string, msg: string): boolean {
  return portal
    .output()
    .split("\n")
    .filter(isLogLine)
    .some((line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.component === component && entry.msg === msg;
    });
}

let database: SharedDatabase;
let smtp: SMTPServer | undefined;
const received: ParsedMail[] = [];
let a: Portal;
let b: Portal;
/** When instance B last read its organisation snapshot (a submission), to tell invalidation from its 60-s expiry. */
let snapshotReadOnB = 0;

test.beforeAll(async () => {
  database = await SharedDatabase.start();
  const smtpPort = await freePort();
  smtp = await startSmtp(smtpPort, received);
  [a, b] = (await startInstances(
    [BASE_PORT, BASE_PORT + 1],
    instanceEnv(database, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_RETRY_DELAY_SECONDS: "2", INQUIRY_MIN_FILL_SECONDS: "0", INQUIRY_STATUS_RATE_LIMIT_PER_HOUR: String(LOOKUPS_PER_HOUR), SEED_DEMO: "1", METRICS_TOKEN }),
  )) as [Portal, Portal];
});

test.afterAll(async () => {
  await Promise.all([a?.destroy(), b?.destroy()]);
  await stopSmtp(smtp);
  await database?.stop();
});

test("started at once on an empty database, the two instances migrate and seed it once and both answer healthy", async () => {
  const waited = [a, b].filter((p) => logged(p, "db", "another instance is preparing the database; waiting for it"));
  const prepared = [a, b].filter((p) => logged(p, "db", "migrations applied"));
  // One took the advisory lock and did the work; the other waited and found it done.
  expect(prepared).toHaveLength(1);
  expect(waited).toHaveLength(1);
  expect(waited[0]).not.toBe(prepared[0]);
  expect(logged(waited[0]!, "db", "no pending migrations")).toBe(true);
  expect(logged(waited[0]!, "db", "seed (demo mode): nothing new")).toBe(true);
  // Every line the supervisor and the server wrote is a structured log line, apart from Next.js's own start-up banner.
  for (const portal of [a, b]) {
    const other = portal
      .output()
      .split("\n")
      .map((line) => line.replace(/\u001b\[[0-9;]*m/g, ""))
      .filter((line) => line.trim() && !NEXT_BANNER.test(line) && !isLogLine(line));
    expect(other, `port ${portal.port}`).toEqual([]);
    // The supervisor says so once its own health poll succeeds, which may be a moment after the test's.
    await expect.poll(() => logged(portal, "start", `NRW–Tokyo portal ready: http://127.0.0.1:${portal.port}/ (Ctrl-C stops the portal and its database)`), { timeout: 5_000 }).toBe(true);
  }

  const migrations = await database.query<{ name: string; runs: number; unfinished: number }>(
    `SELECT migration_name AS name, count(*)::int AS runs, count(*) FILTER (WHERE finished_at IS NULL OR rolled_back_at IS NOT NULL)::int AS unfinished
       FROM _prisma_migrations GROUP BY migration_name`,
  );
  expect(migrations.length).toBeGreaterThan(5);
  for (const m of migrations) expect({ name: m.name, runs: m.runs, unfinished: m.unfinished }).toEqual({ name: m.name, runs: 1, unfinished: 0 });
  const [counts] = await database.query<{ organisations: number; accounts: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM "Organisation") AS organisations, (SELECT count(*)::int FROM "User") AS accounts, (SELECT count(*)::int FROM "InformationEvent") AS events`,
  );
  expect(counts).toEqual({ organisations: 9, accounts: 13, events: 6 }); // 13 demo accounts: admin, gateway, 9 partners (essen2@ too), ministry@ and tmg@
  expect([await a.health(), await b.health()]).toEqual([200, 200]);
});

async function signIn(page: Page, base: string, password: string): Promise<void> {
  await page.goto(`${base}/en/admin/sign-in`);
  await page.locator("#email").fill("gateway@example.org");
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
}

test("a session started on one instance holds on the other, and signing out on the other ends it on both", async ({ browser }) => {
  // Cookies are per host, not per port: one browser is one user in front of both instances.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, a.baseURL, DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`^${a.baseURL}/en/admin/(?!sign-in)`));
  await page.goto(`${b.baseURL}/en/admin/inquiries`);
  await expect(page).toHaveURL(`${b.baseURL}/en/admin/inquiries`);
  await expect(page.locator("main table")).toBeVisible();

  await page.locator('nav form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signedOut/);
  await page.goto(`${a.baseURL}/en/admin/inquiries`);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  await context.close();
});

test("failed sign-ins on both instances add up to one lockout", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Five failures per account lock it (lib/auth/lockout.ts), wherever they were made.
  // Split 3 + 2, neither instance alone has seen enough to lock.
  const alert = page.locator('[role="alert"]:not(#__next-route-announcer__)');
  for (const base of [a, b, a, b, a].map((p) => p.baseURL)) {
    await signIn(page, base, "not-the-password-2026");
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText("Too many failed attempts");
  }
  await signIn(page, b.baseURL, DEMO_PASSWORD);
  await expect(alert).toContainText("Too many failed attempts");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await context.close();
});

async function lookUp(page: Page, base: string): Promise<"not found" | "rate limited"> {
  await page.goto(`${base}/en/inquiry/status`);
  await page.locator('input[name="reference"]').fill("NT-2026-99999");
  await page.locator('input[name="email"]').fill("nobody@example.org");
  await page.locator('main form button[type="submit"]').click();
  const answer = page.getByText(/could not find an inquiry|too many requests/);
  await expect(answer).toBeVisible();
  return (await answer.textContent())?.includes("too many requests") ? "rate limited" : "not found";
}

test("the status look-up allowance of one client is counted across both instances", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const outcomes: string[] = [];
  // Alternating instances: 3 on A and 2 on B use up the allowance, neither alone would have.
  for (let i = 0; i < LOOKUPS_PER_HOUR + 2; i++) outcomes.push(await lookUp(page, (i % 2 ? b : a).baseURL));
  expect(outcomes.slice(0, LOOKUPS_PER_HOUR)).toEqual(Array(LOOKUPS_PER_HOUR).fill("not found"));
  expect(outcomes.slice(LOOKUPS_PER_HOUR)).toEqual(["rate limited", "rate limited"]);
  await context.close();
});

async function submitInquiry(browser: Browser, portal: Portal, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL: portal.baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await fillInquiry(page, "/en/inquiry?municipality=essen", {
    companyName: "Kanto Precision K.K.",
    contactName: "Hana Sato",
    email,
    phone: "+81 3 5555 0103",
    description: "We make precision bearings for robots and want a sales and service base close to customers in the Ruhr area.",
  });
  const reference = await sendInquiry(page);
  await context.close();
  return reference;
}

const mailsOf = (reference: string) =>
  database.query<{ id: string; status: string; text: string }>(
    `SELECT m.id, m.status::text AS status, m.text FROM "OutboundMail" m JOIN "Inquiry" i ON i.id = m."inquiryId" WHERE i.reference = $1 ORDER BY m.kind`,
    [reference],
  );

test("mails of inquiries sent to either instance are delivered once, with both instances' workers and sweeps running", async ({ browser }) => {
  const references = [await submitInquiry(browser, a, "first.instance@example.jp"), await submitInquiry(browser, b, "second.instance@example.jp")];
  snapshotReadOnB = Date.now();
  const ids: string[] = [];
  for (const reference of references) {
    await expect.poll(async () => (await mailsOf(reference)).map((m) => m.status), { timeout: 60_000, intervals: [500] }).toEqual(["SENT", "SENT"]);
    ids.push(...(await mailsOf(reference)).map((m) => m.id));
  }
  // Time for a duplicate to show up, if either worker or sweep were to send one.
  await new Promise((r) => setTimeout(r, 5_000));
  const deliveries = received.map((m) => String(m.headers.get("x-portal-mail-id"))).filter((id) => ids.includes(id));
  expect(deliveries.sort()).toEqual([...ids].sort());

  // The daily retention job is one schedule in the shared queue, not one per instance.
  const schedules = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.schedule WHERE name = 'data-retention'`);
  expect(schedules).toEqual([{ n: 1 }]);
});

test("a municipality renamed in the database shows on both instances within 5 s, in cached pages and in the next submission's mail", async ({ browser }) => {
  const renamed = `Essen-Ruhr ${Date.now().toString(36)}`;
  // Both instances have the profile page in their route cache and the organisations in their snapshot.
  for (const portal of [a, b]) {
    await fetch(`${portal.baseURL}/de/municipalities/essen`);
    const cached = await fetch(`${portal.baseURL}/de/municipalities/essen`);
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await cached.text()).toContain(">Essen</h1>");
  }
  try {
    // An administrator's SQL, outside the app: the trigger announces it to every instance.
    await database.query(`UPDATE "MunicipalityTranslation" SET name = $1 WHERE locale = 'de' AND name = 'Essen'`, [renamed]);
    const changedAt = Date.now();
    for (const portal of [a, b]) {
      await expect
        .poll(async () => (await (await fetch(`${portal.baseURL}/de/municipalities/essen`)).text()).includes(`>${renamed}</h1>`), { timeout: 5_000, intervals: [100] })
        .toBe(true);
    }
    expect(Date.now() - changedAt).toBeLessThan(5_000);

    // The gateway's notification names the preferred municipality in German, from B's
    // snapshot, which is younger than its 60-s expiry: only the announcement can have dropped it.
    expect(snapshotReadOnB).toBeGreaterThan(0);
    expect(Date.now() - snapshotReadOnB).toBeLessThan(50_000);
    const reference = await submitInquiry(browser, b, "after.rename@example.jp");
    const texts = (await mailsOf(reference)).map((m) => m.text).join("\n");
    expect(texts).toContain(renamed);
  } finally {
    await database.query(`UPDATE "MunicipalityTranslation" SET name = 'Essen' WHERE locale = 'de' AND name = $1`, [renamed]);
  }
});

test("each instance continues the proxy's request id in its JSON request log and shows its figures at /metrics to the metrics token only", async () => {
  const answer = await fetch(`${a.baseURL}/en/about`, { headers: { "X-Request-Id": "proxy-id-4711" } });
  expect(answer.headers.get("x-request-id")).toBe("proxy-id-4711");
  await expect.poll(() => a.output().includes('"requestId":"proxy-id-4711"'), { timeout: 5_000 }).toBe(true);
  const logLine = JSON.parse(a.output().split("\n").find((l) => l.includes('"requestId":"proxy-id-4711"'))!);
  expect(logLine).toMatchObject({ level: "info", component: "http", msg: "request", method: "GET", group: "public", path: "/en/about", status: 200 });
  // Without a usable id from the proxy, the instance makes one.
  expect((await fetch(`${b.baseURL}/en/about`, { headers: { "X-Request-Id": "not a token" } })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

  for (const path of ["/metrics", "/api/metrics"]) {
    expect((await fetch(`${a.baseURL}${path}`, { redirect: "manual" })).status).toBe(404);
    expect((await fetch(`${a.baseURL}${path}`, { redirect: "manual", headers: { Authorization: "Bearer wrong-token-of-same-len" } })).status).toBe(404);
  }
  // The older address answers the same figures to the token.
  expect(await (await fetch(`${a.baseURL}/api/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text()).toContain("# TYPE portal_outbox_backlog gauge");
  const metrics = await fetch(`${b.baseURL}/metrics`, { redirect: "manual", headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(metrics.status).toBe(200);
  expect(metrics.headers.get("content-type")).toContain("text/plain");
  const text = await metrics.text();
  expect(text).toMatch(/^portal_http_requests_total\{group="inquiry",status="[23]xx"\} [1-9]\d*$/m);
  expect(text).toMatch(/^portal_http_request_duration_seconds_count\{group="api_health"\} [1-9]\d*$/m);
  // The queues are shared: both instances report the same figures from PostgreSQL.
  expect(text).toMatch(/^portal_outbox_mails\{status="SENT"\} ([4-9]|\d{2,})$/m);
  expect(text).toMatch(/^portal_outbox_backlog \d+$/m);
  expect(text).toContain("portal_mails_failed 0");
  expect(text).toContain("# TYPE portal_job_queue_depth gauge");
  // Every queue of the installation, the mail queue among them, with its depth (0 when empty).
  expect(text).toMatch(/^portal_job_queue_depth\{queue="outbound-mail"\} \d+$/m);
  expect(text).toMatch(/^portal_job_queue_depth\{queue="data-retention"\} \d+$/m);
});
