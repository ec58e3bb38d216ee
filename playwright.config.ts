import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;
// The portal delivers its mails to a real SMTP server on this port (tests/e2e/support/smtp-sink.ts),
// which keeps each one in data/e2e/mail/ for the tests to read (tests/e2e/support/mail.ts).
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);

// Debian's Chromium where installed (CI, these machines); Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
export const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

// Settings every portal process of the run shares: schedules live in the database, so a second
// server on it (tests/e2e/attacker.spec.ts) with other values would re-schedule the jobs for all.
// Forward reminders are checked every minute, so that a forward made overdue in the database
// is reminded within the test (tests/e2e/forward-lifecycle.spec.ts); hourly in production.
// Mails go through the outbox, the job queue and SMTP to the sink below, as in production.
// Every browser test's status look-up comes from 127.0.0.1, one client to the portal: the run's
// stories look up more than a visitor's 20 an hour. attacker.spec floods the allowance from
// other loopback addresses and reads it from here.
export const STATUS_LOOKUPS_PER_HOUR = 60;
export const sharedPortalEnv = {
  FORWARD_REMINDER_CRON: "* * * * *",
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  INQUIRY_STATUS_RATE_LIMIT_PER_HOUR: String(STATUS_LOOKUPS_PER_HOUR),
};

// The server gets a fresh embedded database of its own, never DATABASE_URL.
const serverEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL"));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  // Started in this order (the SMTP server is listening before the portal starts) and stopped in reverse.
  webServer: [
    {
      command: "node --import tsx tests/e2e/support/smtp-sink.ts",
      port: SMTP_PORT,
      timeout: 30_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: { ...serverEnv, E2E_SMTP_PORT: String(SMTP_PORT), E2E_MAIL_DIR: "data/e2e/mail" },
    },
    {
      command: "rm -rf data/e2e && node --import tsx scripts/start.ts",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      // SIGTERM lets scripts/start.ts stop Next.js and PostgreSQL; the default SIGKILL would orphan them.
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      stdout: "pipe",
      stderr: "pipe",
      // Every browser test connects from 127.0.0.1, which is one client to the portal's per-connection
      // limits: the run's few dozen submissions need more than a visitor's 5 an hour (status
      // look-ups: see sharedPortalEnv).
      env: {
        ...serverEnv, PORT: String(PORT), DATA_DIR: "data/e2e", PUBLIC_BASE_URL: baseURL, NODE_ENV: "production", SEED_DEMO: "1", INQUIRY_RATE_LIMIT_PER_HOUR: "100",
        ...sharedPortalEnv,
      },
    },
  ],
});
