import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, enrolTwoFactor, freshTotpCode, invitationLink, rememberSecret, signIn, signOut, totpCode, wrongTotpCode } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";


async function passwordStep(page: Page, email: string, password = DEMO_PASSWORD, locale = "en") {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
}

test("a staff member sets up two-factor authentication and signs in with a code or a backup code", async ({ page }) => {
  const email = "aachen@example.org";
  await signIn(page, email);
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin\/account$/);
  await expect(page.locator("#two-factor-status")).toHaveText("off");

  await page.locator("#start-password").fill("not the password");
  await page.getByRole("button", { name: "Begin set-up" }).click();
  await expect(page.locator("#result[role=alert]")).toHaveText("The password is not correct.");

  await page.locator("#start-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Begin set-up" }).click();
  await expect(page.locator("#two-factor-status")).toHaveText("being set up");
  await expect(page.getByRole("img", { name: "QR code for the authenticator app" }).locator("svg")).toBeVisible();
  const secret = ((await page.locator("#totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  const backupCodes = (await page.locator("#backup-codes li").allTextContents()).map((c) => c.trim());
  expect(backupCodes).toHaveLength(10);

  await page.locator("#confirm-code").fill(wrongTotpCode(secret));
  await page.getByRole("button", { name: "Switch on two-factor authentication" }).click();
  await expect(page.locator("#result[role=alert]")).toContainText("This code is not correct");
  await expect(page.locator("#two-factor-status")).toHaveText("being set up");

  await page.locator("#confirm-code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Switch on two-factor authentication" }).click();
  await expect(page.locator("#result[role=status]")).toContainText("Two-factor authentication is now on");
  await expect(page.locator("#two-factor-status")).toHaveText("on");
  // The backup codes were shown during the set-up only.
  await expect(page.locator("#backup-codes")).toHaveCount(0);
  rememberSecret(email, secret);
  await signOut(page);

  // Password, then a wrong code, then the right one.
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\/code/);
  await page.locator("#code").fill(wrongTotpCode(secret));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("This code is not correct");
  await page.locator("#code").fill(await freshTotpCode(email, secret));
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/inquiries/);
  await signOut(page);

  // A backup code works once.
  await passwordStep(page, email);
  await page.locator("#code").fill(backupCodes[0]!);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/inquiries/);
  await page.goto("/en/admin/account");
  await expect(page.getByText("You have 9 unused backup codes left.")).toBeVisible();
  await signOut(page);
  await passwordStep(page, email);
  await page.locator("#code").fill(backupCodes[0]!);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("This code is not correct");
});

test("an invited administrator sets a password and can do nothing before setting up two-factor authentication", async ({ browser, page }) => {
  await signIn(page, "admin@example.org");
  const email = `new.admin.${Date.now()}@example.org`;
  await page.goto("/en/admin/staff");
  await page.getByLabel("Name").fill("Aiko Admin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("ADMIN");
  await page.getByLabel("Language of the invitation").selectOption("ja");
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.locator("#result")).toHaveText("The invitation has been sent.");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("invited");
  const link = await invitationLink(email);
  expect(link).toMatch(/^\/ja\/admin\/invitation\?token=/);

  // The gateway's outbox view lists the mail but never shows the link.
  const gateway = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await signIn(gateway, "gateway@example.org");
  await gateway.goto("/en/admin/outbox");
  await expect(gateway.getByText("NRW–Tokyo Portalへのご招待").first()).toBeVisible();
  expect(await gateway.content()).not.toContain(link.split("token=")[1]);
  await gateway.close();

  const invitee = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("パスワードの設定");
  await invitee.locator("#password").fill("ein ganz eigenes Passwort");
  await invitee.locator("#repeat").fill("ein ganz eigenes Passwort");
  await invitee.locator('form button[type="submit"]').click();
  // Signed in, but an administrator without two-factor authentication only reaches the set-up.
  await expect(invitee).toHaveURL(/\/ja\/admin\/account$/);
  await expect(invitee.getByText("管理者アカウントでは二要素認証が必須です", { exact: false })).toBeVisible();
  const nav = invitee.getByRole("navigation", { name: "職員用エリア" });
  await expect(nav.getByRole("link")).toHaveText(["アカウント"]);
  for (const route of ["/ja/admin", "/ja/admin/staff", "/ja/admin/inquiries"]) {
    await invitee.goto(route);
    await expect(invitee).toHaveURL(/\/ja\/admin\/account$/);
  }
  expect((await invitee.request.get("/ja/admin/inquiries/export")).status()).toBe(404);

  // The link is spent.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("このリンクは使用できません");

  await invitee.goto("/ja/admin/account");
  await enrolTwoFactor(invitee, email, "ein ganz eigenes Passwort");
  await expect(invitee.getByText("管理者アカウントでは二要素認証を無効にできません。")).toBeVisible();
  await expect(invitee.locator("#disable-password")).toHaveCount(0);
  await invitee.goto("/ja/admin/staff");
  await expect(invitee).toHaveURL(/\/ja\/admin\/staff$/);
  await expect(invitee.getByRole("row", { name: new RegExp(email) })).toBeVisible();
  await invitee.close();
});

test("a used, unknown or expired invitation link gets a clear message", async ({ page }) => {
  const response = await page.goto("/en/admin/invitation?token=this-is-not-a-real-invitation-token-at-all");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  await expect(page.getByText("not valid or has already been used")).toBeVisible();
  await page.goto("/en/admin/invitation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
});

for (const locale of ["de", "ja", "en"]) {
  test(`account security, code step and invitation pages in ${locale} have no axe violations`, async ({ page }) => {
    const email = "tokyo@example.org";
    await page.goto(`/${locale}/admin/invitation?token=unknown`);
    await expectNoAxeViolations(page, "invitation (invalid)");

    await signIn(page, email, locale);
    await page.goto(`/${locale}/admin/account`);
    await expect(page.locator("#start-password")).toBeVisible();
    await expectNoAxeViolations(page, "account (off)");
    await page.locator("#start-password").fill(DEMO_PASSWORD);
    await page.locator('form:has(#start-password) button[type="submit"]').click();
    await expect(page.locator("#totp-secret")).toBeVisible();
    await expectNoAxeViolations(page, "account (pending)");
    const secret = ((await page.locator("#totp-secret").textContent()) ?? "").replace(/\s+/g, "");
    await page.locator("#confirm-code").fill(totpCode(secret));
    await page.locator('form:has(#confirm-code) button[type="submit"]').click();
    await expect(page.locator("#disable-password")).toBeVisible();
    rememberSecret(email, secret);
    await expectNoAxeViolations(page, "account (on)");
    await signOut(page);

    await passwordStep(page, email, DEMO_PASSWORD, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/sign-in/code`));
    await page.locator("#code").fill(wrongTotpCode(secret));
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator("form [role=alert]")).toBeVisible();
    await expectNoAxeViolations(page, "code step (with error)");
    await page.locator("#code").fill(await freshTotpCode(email, secret));
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes("/sign-in"));

    // Switched off again, so that the next language starts from the same state.
    await page.goto(`/${locale}/admin/account`);
    await page.locator("#disable-password").fill(DEMO_PASSWORD);
    await page.locator('form:has(#disable-password) button[type="submit"]').click();
    await expect(page.locator("#result[role=status]")).toBeVisible();
    await expect(page.locator("#start-password")).toBeVisible();
  });
}

test("an invitation page with a valid link has no axe violations in de, ja and en", async ({ page }) => {
  await signIn(page, "admin@example.org");
  const email = `axe.check.${Date.now()}@example.org`;
  await page.goto("/en/admin/staff");
  await page.getByLabel("Name").fill("Axe Check");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("GATEWAY");
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.locator("#result")).toHaveText("The invitation has been sent.");
  const link = await invitationLink(email);
  for (const locale of ["de", "ja", "en"]) {
    await page.goto(link.replace(/^\/\w\w\//, `/${locale}/`));
    await expect(page.locator("#password")).toBeVisible();
    await expectNoAxeViolations(page, `invitation (${locale})`);
  }
  await page.locator("#password").fill("a different passphrase here");
  await page.locator("#repeat").fill("not the same passphrase");
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator("form [role=alert]")).toContainText("The two passwords are not the same.");
  await expectNoAxeViolations(page, "invitation (with error)");
});
