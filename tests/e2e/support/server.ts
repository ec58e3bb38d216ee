// The portal server of the running test: the browser suite runs on several servers at once, one
// per Playwright project, each with its own database, SMTP sink and mail folder (playwright.config.ts).
// Call it inside a test or hook, where the project is known.
import { test } from "@playwright/test";
import { e2eServers, type E2eServer } from "../../../playwright.config";

export function e2eServer(): E2eServer {
  const project = test.info().project.name;
  const server = e2eServers.find((s) => s.project === project);
  if (!server) throw new Error(`no e2e server for the Playwright project ${project} (playwright.config.ts)`);
  return server;
}
