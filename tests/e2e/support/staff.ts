import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { withE2eDatabase } from "./database";
import { e2eServer } from "./server";

export const DEMO_PASSWORD = "portal-demo-2026";

// Each server of a test run keeps its database in its data folder (removed when the run starts);
// the keys of accounts enrolled on it during the run are kept beside it, for later sign-ins.
const secretsFile = () => path.join(e2eServer().dataDir, "test-totp-secrets.json");

function secrets(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(secretsFile(), "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

export function rememberSecret(email: string, secret: string) {
  fs.writeFileSync(secretsFile(), JSON.stringify({ ...secrets(), [email]: secret }));
}

/** What an authenticator app shows now for the key printed on the account page. */
export function totpCode(secret: string, at = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, "")), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at });
}

const usedStepsFile = () => path.join(e2eServer().dataDir, "test-totp-used-steps.json");

/**
 * A code for the sign-in step that the portal has not accepted for `email` yet: a code
 * is used once (issue #14, finding 6), so a second sign-in within 30 seconds takes the
 * next step's code (accepted one step early) or waits for a fresh step.
 */
export async function freshTotpCode(email: string, secret: string): Promise<string> {
  let used: Record<string, number> = {};
  try {
    used = JSON.parse(fs.readFileSync(usedStepsFile(), "utf8")) as Record<string, number>;
  } catch {
    // none used yet in this run
  }
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = [now, now + 1].find((s) => s > (used[email] ?? -1));
    if (step !== undefined) {
      fs.writeFileSync(usedStepsFile(), JSON.stringify({ ...used, [email]: step }));
      return totpCode(secret, step * 30_000 + 15_000);
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * 30_000 - Date.now() + 50));
  }
}

/** A well-formed code that the app shows in none of the accepted windows. */
export function wrongTotpCode(secret: string): string {
  const accepted = new Set([-30_000, 0, 30_000].map((offset) => totpCode(secret, Date.now() + offset)));
  return ["000000", "111111", "222222", "333333"].find((code) => !accepted.has(code))!;
}

/** On the account page with two-factor authentication off: set it up and confirm it. Returns the key. */
export async function enrolTwoFactor(page: Page, email: string, password = DEMO_PASSWORD): Promise<string> {
  await page.locator("#start-password").fill(password);
  await page.locator('form:has(#start-password) button[type="submit"]').click();
  const secret = ((await page.locator("#totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.locator("#confirm-code").fill(totpCode(secret));
  await page.locator('form:has(#confirm-code) button[type="submit"]').click();
  // The set-up step left a status banner of its own: wait for the confirmation's answer,
  // which also carries the renewed session cookie (navigating away earlier loses it).
  await expect(page).toHaveURL(/[?&]result=enabled/);
  await expect(page.locator("#result[role=status]")).toBeVisible();
  rememberSecret(email, secret);
  return secret;
}

/**
 * Signs in with the demo password; answers the code step for accounts enrolled during the
 * run, and enrols administrators on their first sign-in, as the portal requires.
 */
export async function signIn(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  // Past the password step and past /admin, which only forwards to where the account belongs.
  await page.waitForURL((url) => !/\/admin(\/sign-in)?$/.test(url.pathname));
  if (new URL(page.url()).pathname === `/${locale}/admin/sign-in/code`) {
    const secret = secrets()[email];
    if (!secret) throw new Error(`${email} has two-factor authentication, but this run did not enrol it`);
    await page.locator("#code").fill(await freshTotpCode(email, secret));
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.includes("/admin/sign-in"));
  } else if (new URL(page.url()).pathname === `/${locale}/admin/account` && email.startsWith("admin@")) {
    await enrolTwoFactor(page, email);
    await page.goto(`/${locale}/admin`);
  }
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin(?!/sign-in)`));
}

export async function signOut(page: Page) {
  await page.locator('nav form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signedOut/);
}

/** The link of the newest invitation mail to `email`, read from the server's database (the outbox view hides it). */
export async function invitationLink(email: string): Promise<string> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ text: string }>(
      `SELECT text FROM "OutboundMail" WHERE kind = 'STAFF_INVITATION' AND "toAddress" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    );
    const link = /https?:\/\/\S+\/admin\/invitation\?token=[A-Za-z0-9_-]+/.exec(rows[0]?.text ?? "");
    if (!link) throw new Error(`no invitation mail to ${email}`);
    return new URL(link[0]).pathname + new URL(link[0]).search;
  });
}
