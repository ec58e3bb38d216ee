import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";


// A demo applicant with one closed inquiry; no other browser test uses it.
const APPLICANT = "jan.hoffmann@example.de";
const COMPANY = "Hydrovolt Komponenten GmbH";

test("gateway finds an applicant from the inquiry, downloads their data and erases it", async ({ page }) => {
  await signIn(page, "gateway@example.org");
  await page.goto(`/en/admin/inquiries?q=${encodeURIComponent(COMPANY)}`);
  const reference = (await page.locator("tbody tr td").first().textContent())!.trim();
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("link", { name: "Export or erase this applicant's data" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/data-protection\\?reference=${reference}$`));
  await expect(page.getByRole("heading", { name: `Inquiries of ${APPLICANT}` })).toBeVisible();

  // The same applicant by a differently cased address, typed in.
  const response = await page.goto("/en/admin/data-protection");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await page.getByLabel("Applicant's email address").fill(APPLICANT.toUpperCase());
  await page.getByRole("button", { name: "Find" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: reference })).toBeVisible();
  await expect(table).toContainText(COMPANY);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^applicant-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    email: string;
    inquiries: { reference: string; answers: { contactEmail: string; companyName: string }; history: { type: string }[] }[];
  };
  expect(exported.email).toBe(APPLICANT);
  expect(exported.inquiries.map((i) => i.reference)).toEqual([reference]);
  expect(exported.inquiries[0]!.answers).toMatchObject({ contactEmail: APPLICANT, companyName: COMPANY });
  expect(exported.inquiries[0]!.history.map((e) => e.type)).toContain("SUBMITTED");

  await page.getByText("Erase…").click();
  await page.getByLabel("Reason").selectOption("request");
  await page.getByLabel("I have verified the applicant's identity").check();
  await page.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.locator("#panel-result")).toHaveText(`Erased: the personal data of 1 inquiry was anonymised (${reference}).`);

  await page.getByLabel("Applicant's email address").fill(APPLICANT);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.locator("#panel-result")).toHaveText("No inquiry or event registration with personal data was found for this email address.");

  await page.goto(`/en/admin/inquiries/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await expect(page.getByText(/Personal data anonymised on/)).toBeVisible();
  await expect(page.getByText(COMPANY)).toHaveCount(0);
  await expect(page.getByText("Personal data erased")).toBeVisible();
  await page.goto(`/en/admin/inquiries?q=${reference}`);
  await expect(page.locator("tbody tr")).toContainText("Anonymised");
});

test("partners, administrators and anonymous visitors cannot reach applicants' data", async ({ page }) => {
  await page.goto("/en/admin/data-protection");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  const anonymous = await page.request.post("/en/admin/data-protection/export", { form: { email: "kenji.watanabe@example.com" } });
  expect(anonymous.status()).toBe(401);

  for (const account of ["essen@example.org", "admin@example.org"]) {
    await signIn(page, account);
    const response = await page.goto("/en/admin/data-protection");
    expect(response?.status(), account).toBe(404);
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Data protection" })).toHaveCount(0);
    const download = await page.request.post("/en/admin/data-protection/export", { form: { email: "kenji.watanabe@example.com" } });
    expect(download.status(), account).toBe(404);
    expect(download.headers()["cache-control"]).toBe("no-store");
    await signOut(page);
  }
});

const FIND = { de: "Suchen", ja: "検索", en: "Find" } as const;
const ERASE = { de: "Löschen …", ja: "削除…", en: "Erase…" } as const;

for (const locale of ["de", "ja", "en"] as const) {
  test(`the data-protection page in ${locale} has no axe violations`, async ({ page }) => {
    await signIn(page, "gateway@example.org", locale);
    await page.goto(`/${locale}/admin/data-protection`);
    await expectNoAxeViolations(page);
    await page.locator("#applicant-email").fill("kenji.watanabe@example.com");
    await page.getByRole("button", { name: FIND[locale] }).click();
    await expect(page.getByRole("table")).toBeVisible();
    await page.getByText(ERASE[locale]).click();
    await expectNoAxeViolations(page);
    await page.locator("#applicant-email").fill("nobody@example.com");
    await page.getByRole("button", { name: FIND[locale] }).click();
    await expect(page.locator("#panel-result")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
