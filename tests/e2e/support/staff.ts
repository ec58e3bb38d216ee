import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "portal-demo-2026";

export async function signIn(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin(?!/sign-in)`));
}

export async function signOut(page: Page) {
  await page.locator('nav form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signedOut/);
}
