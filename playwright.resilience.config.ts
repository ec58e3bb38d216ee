// Fault tests: each starts its own portal (scripts/start.ts on a throwaway data
// folder), breaks a part of it and checks what users and data go through.
// Run by `npm test` after the browser tests (step "resilience"), one at a time.
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./playwright.config";

export default defineConfig({
  testDir: "tests/resilience",
  outputDir: "test-results/resilience",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Two portal starts per test at most, plus the load: bounded, never open-ended.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  // A dead server must fail an action, not leave it waiting for the test's timeout.
  use: { trace: "retain-on-failure", screenshot: "only-on-failure", actionTimeout: 15_000, navigationTimeout: 30_000, launchOptions },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
});
