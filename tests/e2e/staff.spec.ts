import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { invitationLink, signIn, signOut } from "./support/staff";

// The staff journey on a demo inquiry that is new: gateway forwards to Essen,
// Essen accepts and closes, Köln never sees it.
test("gateway forwards to Essen; Essen accepts and closes; Köln gets 404", async ({ page }) => {
  await signIn(page, "gateway@example.org");
  await page.goto("/en/admin/inquiries?status=NEW");
  const firstRow = page.locator("tbody tr").first();
  const reference = (await firstRow.locator("td").first().textContent())!.trim();
  expect(reference).toMatch(/^NT-\d{4}-\d{5}$/);
  await firstRow.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);

  await page.getByRole("checkbox", { name: "EWG" }).check();
  await page.getByLabel("Message to the recipients (optional)").fill("Energy focus fits Essen.");
  await page.getByRole("button", { name: "Forward" }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  await expect(page.getByText(/Forwarded to EWG/)).toBeVisible();
  await signOut(page);

  await signIn(page, "koeln@example.org");
  const hidden = await page.goto(`/en/admin/inquiries/${reference}`);
  expect(hidden?.status()).toBe(404);
  await page.goto(`/en/admin/inquiries?q=${reference}`);
  await expect(page.getByText("No inquiry matches these filters.")).toBeVisible();
  await signOut(page);

  await signIn(page, "essen@example.org");
  await page.goto(`/en/admin/inquiries?q=${reference}`);
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.locator("h1 + p")).toContainText("Accepted");
  await page.getByRole("button", { name: "Start work" }).click();
  await expect(page.locator("h1 + p")).toContainText("In progress");
  // Closing asks for an outcome (none preselected) and a summary, then a confirmation on the same page.
  await page.getByRole("button", { name: "Continue to confirmation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose an outcome." })).toBeVisible();
  await page.getByRole("radio", { name: "Partnership or cooperation agreed" }).check();
  await page.getByLabel("Short summary").fill("Joint pilot with a utility agreed.");
  await page.getByRole("button", { name: "Continue to confirmation" }).click();
  await expect(page.getByRole("heading", { name: "Please confirm the close" })).toBeVisible();
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.locator("#result")).toHaveText("Closed.");
  // Essen closed its part; the inquiry is back with the gateway, which confirms the close.
  await expect(page.getByText("EWG – Essen Economic Development Agency closed its part: Partnership or cooperation agreed")).toBeVisible();
  await expect(page.locator("h1 + p")).toContainText("Triaged");
});

test("a stale form gets a conflict message, never a silent overwrite", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "gateway@example.org");
  await signIn(second, "gateway@example.org");
  await first.goto("/en/admin/inquiries?status=TRIAGED");
  const reference = (await first.locator("tbody tr td").first().textContent())!.trim();
  await first.goto(`/en/admin/inquiries/${reference}`);
  await second.goto(`/en/admin/inquiries/${reference}`);

  await first.getByRole("checkbox", { name: "Krefeld Business" }).check();
  await first.getByRole("button", { name: "Forward" }).click();
  await expect(first.locator("#result")).toHaveText("Saved.");
  // The second tab still shows the old version.
  await second.getByRole("checkbox", { name: "KölnBusiness" }).check();
  await second.getByRole("button", { name: "Forward" }).click();
  await expect(second.locator("#result")).toContainText("Someone else has changed this inquiry");
  await expect(second.getByText(/Forwarded to KölnBusiness/)).toHaveCount(0);
});

test("anonymous visitors are sent to sign in and come back afterwards", async ({ page }) => {
  await page.goto("/de/admin/inquiries?status=NEW");
  await expect(page).toHaveURL(/\/de\/admin\/sign-in\?next=/);
  await page.locator("#email").fill("gateway@example.org");
  await page.locator("#password").fill("wrong password here");
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator("form [role=alert]")).toContainText("E-Mail-Adresse oder Passwort stimmen nicht");
  await expect(page.locator("#email")).toHaveValue("gateway@example.org");
  await page.locator("#password").fill("portal-demo-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/de\/admin\/inquiries\?status=NEW$/);
});

for (const locale of ["de", "ja", "en"]) {
  test(`staff pages in ${locale} have no axe violations`, async ({ page }) => {
    await signIn(page, "gateway@example.org", locale);
    await page.goto(`/${locale}/admin/inquiries`);
    const inbox = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(inbox.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.locator("tbody tr a").first().click();
    const detail = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(detail.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.goto(`/${locale}/admin/outbox`);
    const outbox = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(outbox.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await signOut(page);
    await signIn(page, "admin@example.org", locale);
    await page.goto(`/${locale}/admin/staff`);
    const accounts = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(accounts.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test.describe("authorization matrix over the staff routes", () => {
  let reference = "";

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
    await signIn(page, "gateway@example.org");
    await page.goto("/en/admin/inquiries?organisation=essen");
    reference = (await page.locator("tbody tr td").first().textContent())!.trim();
    await page.close();
  });

  // [route, expected status] per role; anonymous visitors are always sent to sign in.
  const EXPECTED: Record<string, [string, number][]> = {
    "gateway@example.org": [["/en/admin", 200], ["/en/admin/inquiries", 200], ["DETAIL", 200], ["/en/admin/outbox", 200], ["EXPORT", 200], ["/en/admin/staff", 404], ["/en/admin/dashboard", 200], ["/en/admin/report", 200]],
    "essen@example.org": [["/en/admin", 200], ["/en/admin/inquiries", 200], ["DETAIL", 200], ["/en/admin/outbox", 404], ["EXPORT", 404], ["/en/admin/staff", 404], ["/en/admin/dashboard", 200], ["/en/admin/report", 404]],
    "koeln@example.org": [["/en/admin", 200], ["/en/admin/inquiries", 200], ["DETAIL", 404], ["/en/admin/outbox", 404], ["EXPORT", 404], ["/en/admin/staff", 404], ["/en/admin/dashboard", 200], ["/en/admin/report", 404]],
    "ministry@example.org": [["/en/admin", 200], ["/en/admin/inquiries", 404], ["DETAIL", 404], ["/en/admin/outbox", 404], ["EXPORT", 404], ["/en/admin/staff", 404], ["/en/admin/dashboard", 404], ["/en/admin/report", 200]],
    "admin@example.org": [["/en/admin", 200], ["/en/admin/inquiries", 404], ["DETAIL", 404], ["/en/admin/outbox", 404], ["EXPORT", 404], ["/en/admin/staff", 200], ["/en/admin/dashboard", 404], ["/en/admin/report", 404]],
  };

  test("anonymous visitors get no staff page", async ({ page }) => {
    for (const route of ["/en/admin", "/en/admin/inquiries", `/en/admin/inquiries/${reference}`, "/en/admin/outbox", "/en/admin/staff", "/en/admin/dashboard", "/en/admin/report"]) {
      await page.goto(route);
      await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
      await expect(page.locator("table")).toHaveCount(0);
    }
    expect((await page.request.get("/en/admin/inquiries/export")).status()).toBe(401);
  });

  for (const [email, routes] of Object.entries(EXPECTED)) {
    test(`${email} gets exactly what the role table allows`, async ({ page }) => {
      await signIn(page, email);
      for (const [route, status] of routes) {
        if (route === "EXPORT") {
          // A download, not a page: fetched with the same session cookie.
          const csv = await page.request.get("/en/admin/inquiries/export?status=NEW");
          expect(csv.status(), route).toBe(status);
          expect(csv.headers()["cache-control"]).toContain("no-store");
          if (status === 200) expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
          continue;
        }
        const url = route === "DETAIL" ? `/en/admin/inquiries/${reference}` : route;
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(status);
        expect(response?.headers()["cache-control"], url).toContain("no-store");
        if (status === 404) await expect(page.getByText(reference)).toHaveCount(0);
      }
    });
  }
});

test("an administrator invites a colleague, and deactivating the account ends its session at once", async ({ browser, page }) => {
  await signIn(page, "admin@example.org");
  await expect(page).toHaveURL(/\/en\/admin\/staff$/);
  const email = `new.colleague.${Date.now()}@example.org`;
  await page.getByLabel("Name").fill("Neue Kollegin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("PARTNER");
  await page.getByLabel("Organisation").selectOption({ label: "Krefeld Business – Krefeld Economic Development" });
  await page.getByLabel("Language of the invitation").selectOption("de");
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.locator("#result")).toHaveText("The invitation has been sent.");

  const colleague = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await colleague.goto(await invitationLink(email));
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Passwort festlegen");
  await colleague.getByLabel("Neues Passwort").fill("qwerty123456");
  await colleague.getByLabel("Passwort wiederholen").fill("qwerty123456");
  await colleague.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
  await expect(colleague.locator("form [role=alert]")).toContainText("Dieses Passwort ist zu häufig");

  await colleague.getByLabel("Neues Passwort").fill("drei Katzen im Regen");
  await colleague.getByLabel("Passwort wiederholen").fill("drei Katzen im Regen");
  await colleague.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
  await expect(colleague).toHaveURL(/\/de\/admin\/inquiries/);

  await page.reload();
  await page.getByRole("button", { name: `Deactivate: ${email}` }).click();
  await expect(page.locator("#result")).toContainText("Deactivated. The person can no longer sign in");
  await colleague.goto("/de/admin/inquiries");
  await expect(colleague).toHaveURL(/\/de\/admin\/sign-in/);
  await colleague.close();
});
