// SIGKILL of PostgreSQL while people use the form: /api/health says 503, the
// form answers with a translated "try again" and keeps what was typed, pages
// show a translated error instead of a stack trace, and once PostgreSQL is
// back (same port, crash recovery) the same browser finishes its inquiry.
import { expect, test } from "@playwright/test";
import de from "../../messages/de.json" with { type: "json" };
import deInquiry from "../../messages/inquiry/de.json" with { type: "json" };
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/lib/db/embedded";
import { fillInquiry, sendInquiry } from "../e2e/support/inquiry-form";
import { Portal } from "./support/portal";

const PORT = Number(process.env.RESILIENCE_PORT ?? 3160) + 1;
const answers = (email: string) => ({
  companyName: "Rheinwerk Sensorik GmbH",
  contactName: "Kenji Watanabe",
  email,
  phone: "+81 3 5555 0101",
  description: "Wir entwickeln Sensoren für Wasserstoffleitungen und suchen einen Servicestandort im Ruhrgebiet.",
});

test("a killed database: 503, a translated try-again with the input kept, and no data lost after recovery", async ({ page }) => {
  const portal = await Portal.start({ port: PORT, env: { INQUIRY_MIN_FILL_SECONDS: "0" } });
  let restarted: EmbeddedServer | undefined;
  try {
    await fillInquiry(page, `${portal.baseURL}/de/inquiry`, answers("before.outage@example.de"));
    const before = await sendInquiry(page);

    // A second applicant is half-way through the company step when PostgreSQL dies.
    await page.goto(`${portal.baseURL}/de/inquiry`);
    await page.locator('input[name="direction"][value="NRW_TO_TOKYO"]').check();
    await page.locator('main form button[type="submit"]').click();
    await page.locator('input[name="companyName"]').fill("Niederrhein Robotik GmbH");
    await page.locator('input[name="hqCity"]').fill("Krefeld");
    await page.locator('select[name="hqCountry"]').selectOption("DE");
    await page.locator('input[name="sizeBand"][value="50-249"]').check();
    await page.locator('input[name="isStartup"][value="no"]').check();
    await page.locator('input[name="sectors"]').first().check();

    const { port } = portal.database();
    process.kill(portal.postmasterPid(), "SIGKILL");
    await portal.waitFor(503, 30_000);
    const health = await (await fetch(`${portal.baseURL}/api/health`)).json();
    expect(health).toEqual({ status: "unavailable", database: { reachable: false }, migrations: { current: false } });

    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByText(deInquiry.inquiryErrors.form.unavailable)).toBeVisible();
    await expect(page.locator('input[name="companyName"]')).toHaveValue("Niederrhein Robotik GmbH");
    await expect(page.locator('input[name="hqCity"]')).toHaveValue("Krefeld");
    await expect(page.locator('input[name="sizeBand"][value="50-249"]')).toBeChecked();

    // A page that needs the database shows the translated error page, no internals.
    const other = await page.context().newPage();
    await other.goto(`${portal.baseURL}/de/inquiry/plans`);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(de.serverError.heading);
    await expect(other.locator("body")).not.toContainText(/PrismaClient|ECONNREFUSED|at \w+ \(|node_modules/);
    await other.close();

    // PostgreSQL comes back where the app expects it; the app reconnects by itself.
    restarted = await startEmbeddedPostgres(portal.dataDir, { port, quiet: true });
    await portal.waitFor(200, 60_000);
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/de\/inquiry\/plans$/);

    await fillInquiry(page, `${portal.baseURL}/de/inquiry`, answers("after.outage@example.de"));
    const after = await sendInquiry(page);
    const stored = await portal.query<{ reference: string }>(`SELECT reference FROM "Inquiry" WHERE reference = ANY($1) ORDER BY reference`, [[before, after]]);
    expect(stored.map((r) => r.reference)).toEqual([before, after].sort());
    expect(portal.output()).toContain("PostgreSQL exited unexpectedly");
  } finally {
    await portal.stop();
    await restarted?.stop();
    await portal.destroy();
  }
});
