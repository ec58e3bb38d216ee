import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

// The browser suite can run on several portal servers at once (E2E_SERVERS, 1 by default): each
// server is a Playwright project with its own production server, embedded database (DATA_DIR),
// SMTP sink and mail folder, and runs its share of the spec files one after the other in one
// worker, in file order, as the whole suite ran before. No test sees another server's data.
//
// Writing a parallel-safe spec:
// - Reach the server only through the project: `page`/`request` fixtures (baseURL is the
//   project's), `test.info().project.use.baseURL` for new pages, and `e2eServer()` from
//   tests/e2e/support/server.ts for everything else (ports, data folder, mail folder, env for a
//   second server). Never hard-code a port, `data/e2e` or the first server's address.
// - Depend on nothing another spec file did: each file may run on either server, after any other
//   files (the assignment below changes when files are added). Take what a test needs from the
//   seed or make it in the test (distinct e-mail addresses, e.g. with Date.now()).
// - Which server runs a file: SPEC_SECONDS below holds each file's seconds (new files count as
//   NEW_SPEC_SECONDS until someone adds them); the files, longest first, go each to the server
//   with the fewest seconds so far. A new spec file joins automatically; add its seconds (from
//   the run's list reporter on a quiet machine) when you know them, so that the servers stay
//   balanced. `npx playwright test --list` shows the assignment: [server-1] … / [server-2] ….
// - E2E_SERVERS=1 (the default) runs everything on one server, one file after the other. On CI's
//   two cores two servers were not faster in the 2026-12-02 dry run: each test took about twice
//   as long and the long stories ran into their time limits. Use 2+ on machines with more cores.
// Estimates for an idle 2-core machine (2026-12-02: the serial suite took about 909 s in all; per
// file judged from its tests and waits, as the shared machine was too loaded to time them). Replace
// them with measured figures.
const SPEC_SECONDS: Record<string, number> = {
  "account.spec.ts": 100,
  "attacker.spec.ts": 60,
  "conversation.spec.ts": 60,
  "dashboard.spec.ts": 40,
  "dataprotection.spec.ts": 30,
  "directory.spec.ts": 10,
  "essen-casework.spec.ts": 50,
  "event-withdrawal.spec.ts": 30,
  "forward-lifecycle.spec.ts": 80,
  "foundation.spec.ts": 25,
  "inquiry.spec.ts": 50,
  "journeys.spec.ts": 40,
  "no-javascript.spec.ts": 10,
  "notification-settings.spec.ts": 30,
  "polish.spec.ts": 60,
  "public-pages.spec.ts": 80,
  "report.spec.ts": 40,
  "security.spec.ts": 70,
  "staff.spec.ts": 60,
  "story.spec.ts": 20,
  "unmatched-mail.spec.ts": 30,
};
const NEW_SPEC_SECONDS = 60;

const TEST_DIR = path.resolve(import.meta.dirname, "tests", "e2e");
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SERVERS = Math.max(1, Number(process.env.E2E_SERVERS ?? 1));

export type E2eServer = {
  /** The Playwright project's name, server-1 … server-N. */
  project: string;
  port: number;
  baseURL: string;
  smtpPort: number;
  /** A port for a second server that a spec starts itself (attacker.spec's proxy server). */
  sparePort: number;
  /** DATA_DIR of the server: its embedded database, the TOTP keys enrolled in the run. */
  dataDir: string;
  /** Where the SMTP sink keeps the mails it received (tests/e2e/support/mail.ts). */
  mailDir: string;
  /** Settings every portal process on this server's database shares (see portalEnv below). */
  portalEnv: Record<string, string>;
  /** The spec files (names in tests/e2e) this server runs. */
  specs: string[];
};

// Every browser test's status look-up comes from 127.0.0.1, one client to the portal: the run's
// stories look up more than a visitor's 20 an hour. attacker.spec floods the allowance from
// other loopback addresses and reads it from here.
export const STATUS_LOOKUPS_PER_HOUR = 60;

// Settings every portal process on one database shares: schedules live in the database, so a second
// server on it (tests/e2e/attacker.spec.ts) with other values would re-schedule the jobs for all.
// Forward reminders are checked every minute, so that a forward made overdue in the database
// is reminded within the test (tests/e2e/forward-lifecycle.spec.ts); hourly in production.
// Mails go through the outbox, the job queue and SMTP to the server's sink, as in production.
const portalEnv = (smtpPort: number) => ({
  FORWARD_REMINDER_CRON: "* * * * *",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  INQUIRY_STATUS_RATE_LIMIT_PER_HOUR: String(STATUS_LOOKUPS_PER_HOUR),
});

/** Longest first, each to the server with the fewest seconds so far (ties: the lower server). */
function assignSpecs(files: string[], servers: number): string[][] {
  const seconds = (file: string) => SPEC_SECONDS[file] ?? NEW_SPEC_SECONDS;
  const sorted = [...files].sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));
  const shares = Array.from({ length: servers }, () => ({ seconds: 0, files: [] as string[] }));
  for (const file of sorted) {
    const lightest = shares.reduce((best, share) => (share.seconds < best.seconds ? share : best));
    lightest.seconds += seconds(file);
    lightest.files.push(file);
  }
  return shares.map((share) => share.files.sort());
}

const specFiles = fs.readdirSync(TEST_DIR).filter((name) => name.endsWith(".spec.ts"));
const shares = assignSpecs(specFiles, SERVERS);

// Ports: the first server keeps E2E_PORT and E2E_PORT+1000 (SMTP); every server takes a block of
// five from E2E_PORT+10 for the rest (the others' portal and SMTP, a spare port), so that a
// helper's runs stay within E2E_PORT+10..+29 for up to four servers.
export const e2eServers: E2eServer[] = shares.map((specs, i) => {
  const block = PORT + 10 + 5 * i;
  const port = i === 0 ? PORT : block;
  const smtpPort = i === 0 ? Number(process.env.E2E_SMTP_PORT ?? PORT + 1000) : block + 1;
  const dataDir = i === 0 ? "data/e2e" : `data/e2e-${i + 1}`;
  return {
    project: `server-${i + 1}`,
    port,
    baseURL: `http://127.0.0.1:${port}`,
    smtpPort,
    sparePort: block + 2,
    dataDir: path.resolve(import.meta.dirname, dataDir),
    mailDir: path.resolve(import.meta.dirname, dataDir, "mail"),
    portalEnv: portalEnv(smtpPort),
    specs,
  };
});

// A run of named spec files (`npx playwright test tests/e2e/x.spec.ts`) or projects (`--project
// server-2`) starts only the servers that run them. Playwright treats each file argument as a
// regular expression on the file's path.
const OPTIONS_WITH_VALUES = new Set(["-c", "--config", "-g", "--grep", "--grep-invert", "--project", "--reporter", "-j", "--workers", "--output", "--timeout", "--retries", "--repeat-each", "--max-failures", "--shard", "--trace", "--tsconfig", "--global-timeout", "--ui-host", "--ui-port", "--test-list", "--test-list-invert"]);
function namedSpecs(argv: string[]): { specs?: string[]; projects?: string[] } {
  const command = argv.indexOf("test");
  if (command < 0) return {};
  const filters: RegExp[] = [];
  const projects: string[] = [];
  for (let i = command + 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--project=")) projects.push(arg.slice("--project=".length));
    if (arg.startsWith("-")) {
      if (arg === "--project" && argv[i + 1]) projects.push(argv[i + 1]!);
      if (OPTIONS_WITH_VALUES.has(arg)) i++;
      continue;
    }
    const pattern = arg.replace(/(:\d+)+$/, "");
    try {
      filters.push(new RegExp(pattern, "i"));
    } catch {
      filters.push(new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"));
    }
  }
  return {
    specs: filters.length ? specFiles.filter((file) => filters.some((re) => re.test(path.join(TEST_DIR, file)))) : undefined,
    projects: projects.length ? projects : undefined,
  };
}
const named = namedSpecs(process.argv);
const started = e2eServers.filter((server) => (!named.specs || server.specs.some((file) => named.specs!.includes(file))) && (!named.projects || named.projects.includes(server.project)));

// Debian's Chromium where installed (CI, these machines); Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
export const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

// The servers get a fresh embedded database each, never DATABASE_URL.
const serverEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL"));

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];
const webServers = (server: E2eServer): WebServer[] => [
  {
    command: "node --import tsx tests/e2e/support/smtp-sink.ts",
    port: server.smtpPort,
    timeout: 30_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: { ...serverEnv, E2E_SMTP_PORT: String(server.smtpPort), E2E_MAIL_DIR: server.mailDir },
  },
  {
    command: `rm -rf ${path.relative(import.meta.dirname, server.dataDir)} && node --import tsx scripts/start.ts`,
    url: `${server.baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets scripts/start.ts stop Next.js and PostgreSQL; the default SIGKILL would orphan them.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
    // Every browser test connects from 127.0.0.1, which is one client to the portal's per-connection
    // limits: the run's few dozen submissions need more than a visitor's 5 an hour (status
    // look-ups: see STATUS_LOOKUPS_PER_HOUR).
    env: {
      ...serverEnv, PORT: String(server.port), DATA_DIR: path.relative(import.meta.dirname, server.dataDir), PUBLIC_BASE_URL: server.baseURL, NODE_ENV: "production", SEED_DEMO: "1", INQUIRY_RATE_LIMIT_PER_HOUR: "100",
      ...server.portalEnv,
    },
  },
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // One worker per server; each project runs on one worker at a time (project `workers: 1`).
  workers: started.length,
  retries: 0,
  // Two servers, two browsers and their databases share CI's two cores: a page that takes 2 s
  // alone can take 10 s here. Generous limits keep that from reading as a failure; they are
  // not performance targets (npm run bench measures speed).
  timeout: 150_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: e2eServers.map((server) => ({
    name: server.project,
    testMatch: server.specs.map((file) => new RegExp(`[\\\\/]tests[\\\\/]e2e[\\\\/]${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)),
    workers: 1,
    use: { ...devices["Desktop Chrome"], baseURL: server.baseURL, launchOptions },
  })),
  // Per server, the SMTP sink is listening before the portal starts; stopped in reverse.
  webServer: started.flatMap(webServers),
});
