// Issue #18 in a real browser: a Japanese inquiry arrives; with a translation engine, essen@
// (German interface) reads the Japanese original beside its German translation, writes to the
// applicant in German, reviews the Japanese translation and sends it, and the applicant's mail
// is Japanese; axe finds nothing on the case page with the translation shown, in de, ja and en.
// Then, without an engine, the gateway translates the applicant's Japanese answer by hand and
// essen@ reads it labelled "translated by …".
//
// Where the engine comes from: the suite's portal server runs without one (none is the default,
// and every other spec's texts and the job queue's load stay as they are: with an engine every
// case text of every spec would get a translation beside it). This spec starts, for its own
// test only, a second portal process on the same database with the same session secret (one
// sign-in serves both), with TRANSLATE_URL pointing at an in-process
// LibreTranslate that follows the published API (tests/support/translation-engines.ts); it
// stops it, and removes the translation schedule it left in the database, before the part
// "without an engine", which runs on the suite's own server. A second `next start` takes a few
// seconds; an engine for the whole suite would cost every spec more than that.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PHRASE_BOOK, startLibreTranslate, type TestEngine } from "../support/translation-engines";
import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { fillInquiry, sendInquiry } from "./support/inquiry-form";
import { waitForMail, mailMark, type ReceivedMail } from "./support/mail";
import { e2eServer } from "./support/server";
import { signIn, signOut } from "./support/staff";

const DESCRIPTION = "エッセンに欧州拠点を開設したいと考えています。協働ロボットの販売とサービスを計画しており、来年春の事務所開設を目指しています。";
const GERMAN_REPLY = "Vielen Dank für Ihre Anfrage. Gerne stellen wir Ihnen nächste Woche Gewerbeflächen in Essen vor.";
const APPLICANT_ANSWER = "ご連絡ありがとうございます。来週、オンラインでご相談できますか。";
const HUMAN_GERMAN = "Danke für die Nachricht. Können wir uns nächste Woche online besprechen?";

let engine: TestEngine | undefined;
let portal: ChildProcess | undefined;

/** A second portal on the suite server's database and data folder, with the test engine configured. */
async function startPortalWithEngine(): Promise<string> {
  const { dataDir, sparePort, portalEnv } = e2eServer();
  engine = await startLibreTranslate();
  const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-credentials.json"), "utf8")) as { user: string; password: string };
  const { port: dbPort } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-owner.json"), "utf8")) as { port: number };
  const base = `http://127.0.0.1:${sparePort}`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PORTAL_") && name !== "DATABASE_URL"));
  portal = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(sparePort)], {
    env: {
      ...env, ...portalEnv, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, PUBLIC_BASE_URL: base,
      DATABASE_URL: `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/portal`,
      // The suite server's session secret (scripts/lib/secrets.ts keeps it in the data folder): one sign-in serves both.
      AUTH_SECRET: fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim(),
      INQUIRY_RATE_LIMIT_PER_HOUR: "100", TRANSLATE_URL: engine.url,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return base;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the portal with the test engine did not start");
}

async function stopPortalWithEngine() {
  if (portal && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal!.once("exit", resolve));
    portal.kill("SIGTERM");
    await exited;
  }
  portal = undefined;
  await engine?.close();
  engine = undefined;
  // The engine's portal scheduled its sweep in the shared database; the suite's server has no engine.
  await withE2eDatabase((c) => c.query(`DELETE FROM pgboss.schedule WHERE name = 'translations'`));
}

test.afterAll(stopPortalWithEngine);

/** The description's block on the case page. */
const description = (page: Page) => page.locator('div[id^="text-description-"]');
/** A message's block on the case page. */
const messageWith = (page: Page, text: string) => page.locator('div[id^="text-message-"]').filter({ hasText: text });

const expectJapaneseMail = (mail: ReceivedMail) => {
  expect(mail.contentLanguage).toBe("ja");
  expect(mail.charset).toBe("utf-8");
};

test("essen@ reads a Japanese inquiry in German, answers in German and the applicant gets Japanese; without an engine the gateway translates by hand", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const base = await startPortalWithEngine();
  const email = `hanako.${Date.now()}@example.jp`;

  // A Japanese company sends its inquiry (on the portal with the engine: the translation job starts at once).
  const applicant = await browser.newContext({ locale: "ja-JP" });
  const form = await applicant.newPage();
  await fillInquiry(form, `${base}/ja/inquiry?municipality=essen`, { companyName: "ロボ精機株式会社", contactName: "山田 花子", email, phone: "+81 3 6812 4410", description: DESCRIPTION });
  const reference = await sendInquiry(form);

  // The gateway forwards it to Essen, which accepts (the staff pages are the same on either server).
  await signIn(page, "gateway@example.org", "de");
  await page.goto(`/de/admin/inquiries/${reference}`);
  await page.getByRole("checkbox", { name: "EWG – Essener Wirtschaftsförderungsgesellschaft", exact: true }).check();
  await page.getByRole("button", { name: "Weiterleiten" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");
  await signOut(page);
  await signIn(page, "essen@example.org", "de");
  await page.goto(`/de/admin/inquiries/${reference}`);
  await page.getByRole("button", { name: "Annehmen" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");

  // Side by side: the Japanese original and the engine's German translation, each with its lang.
  const german = PHRASE_BOOK[DESCRIPTION]!.de!;
  await expect(async () => {
    await page.goto(`${base}/de/admin/inquiries/${reference}`);
    await expect(description(page).getByTestId("side-by-side")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const pair = description(page).getByTestId("side-by-side");
  await expect(pair.locator('p[lang="ja"]')).toHaveText(DESCRIPTION);
  await expect(pair.locator('p[lang="de"]')).toHaveText(german);
  await expect(pair.getByTestId("translation-label")).toHaveText(/^Maschinelle Übersetzung \(LibreTranslate, \d{1,2}\.\d{1,2}\.\d{4}\)$/);
  await page.screenshot({ path: "test-results/translations-case-de-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/translations-case-de-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Writing in German: with an engine the form starts in essen@'s reading language; the engine drafts the Japanese, essen@ reviews it and sends it.
  await page.goto(`${base}/de/admin/inquiries/${reference}`);
  await expect(page.getByLabel("Ich schreibe auf")).toHaveValue("de");
  await page.locator("#compose-body").fill(GERMAN_REPLY);
  await page.getByRole("button", { name: "Übersetzen und prüfen" }).click();
  const japanese = PHRASE_BOOK[GERMAN_REPLY]!.ja!;
  await expect(page.locator("#compose-translation")).toHaveValue(japanese);
  await expect(page.locator("#compose-translation")).toHaveAttribute("lang", "ja");
  await expect(page.locator("#compose-translation-hint")).toHaveText("Entwurf der maschinellen Übersetzung (LibreTranslate): bitte prüfen.");
  const reviewed = `${japanese}ご都合の良い日時をお知らせください。`;
  await page.locator("#compose-translation").fill(reviewed);
  const beforeSend = mailMark();
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nachricht gesendet" })).toBeVisible();
  const sent = await waitForMail({ to: email, text: reviewed, after: beforeSend });
  expectJapaneseMail(sent);
  expect(sent.text).not.toContain(GERMAN_REPLY);
  // On the case, the message as sent (Japanese) beside what essen@ wrote (German).
  await page.reload();
  const message = messageWith(page, reviewed);
  await expect(message.locator('p[lang="ja"]')).toHaveText(reviewed);
  await expect(message.locator('p[lang="de"]')).toHaveText(GERMAN_REPLY);

  // axe on the case page with the translation shown, in each interface language (essen@ reads German in all three).
  await page.goto("/de/admin/account");
  await page.locator('select[name="readingLocale"]').selectOption("de");
  await page.locator('form:has(select[name="readingLocale"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/reading=saved/);
  for (const locale of ["de", "ja", "en"] as const) {
    await page.goto(`/${locale}/admin/inquiries/${reference}`);
    await expect(description(page).getByTestId("side-by-side")).toBeVisible();
    await expectNoAxeViolations(page, locale);
    if (locale === "ja") {
      await page.screenshot({ path: "test-results/translations-case-ja-1280.png", fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: "test-results/translations-case-ja-390.png", fullPage: true });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }
  await page.goto("/de/admin/account");
  await page.locator('select[name="readingLocale"]').selectOption("");
  await page.locator('form:has(select[name="readingLocale"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/reading=saved/);
  await signOut(page);

  // Without an engine (the suite's server; the engine's portal is stopped): the applicant answers in Japanese.
  await stopPortalWithEngine();
  const link = new URL(/https?:\/\/\S+\/ja\/inquiry\/messages\/\S+/.exec(sent.text)![0]);
  await form.goto(link.pathname);
  await form.locator("#field-body").fill(APPLICANT_ANSWER);
  await form.getByRole("button", { name: "返信を送信" }).click();
  await expect(form.locator("#reply-sent")).toBeVisible();
  await applicant.close();

  // The gateway's Japanese-speaking colleague writes the German translation once...
  await signIn(page, "gateway@example.org", "de");
  await page.goto(`/de/admin/inquiries/${reference}`);
  const answer = messageWith(page, APPLICANT_ANSWER);
  await expect(answer.getByTestId("side-by-side")).toHaveCount(0);
  await answer.getByText("Übersetzung hinzufügen (Deutsch)").click();
  await answer.getByLabel("Übersetzung (Deutsch)").fill(HUMAN_GERMAN);
  await answer.getByRole("button", { name: "Übersetzung speichern" }).click();
  await expect(page.getByText("Die Übersetzung ist gespeichert.")).toBeVisible();
  await signOut(page);

  // ...and essen@ reads it beside the original, labelled with who translated it.
  await signIn(page, "essen@example.org", "de");
  await page.goto(`/de/admin/inquiries/${reference}`);
  const translated = messageWith(page, APPLICANT_ANSWER).getByTestId("side-by-side");
  await expect(translated.locator('p[lang="ja"]')).toHaveText(APPLICANT_ANSWER);
  await expect(translated.locator('p[lang="de"]')).toHaveText(HUMAN_GERMAN);
  await expect(translated.getByTestId("translation-label")).toHaveText(/^Übersetzt von Miriam Albers \(\d{1,2}\.\d{1,2}\.\d{4}\)$/);
  // Without an engine the form starts in the applicant's reply language (else the sender would write both), still switchable.
  await expect(page.getByLabel("Ich schreibe auf")).toHaveValue("ja");
  await expect(page.getByLabel("Ich schreibe auf").locator("option")).toHaveCount(3);
});
