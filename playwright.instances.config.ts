// Several instances on one PostgreSQL, and behind nginx: each test starts real app
// instances (scripts/start.ts, as docs/deployment.md runs them) on a database of its
// own. Run by `npm test` after the fault tests (step "instances"), one at a time.
import { defineConfig } from "@playwright/test";
import resilience from "./playwright.resilience.config";

export default defineConfig({
  ...resilience,
  testDir: "tests/instances",
  outputDir: "test-results/instances",
});
