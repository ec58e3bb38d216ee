// Issue #20: registration for an information event, without JavaScript. A Japanese
// visitor registers for a Tokyo-hosted online event and gets the Japanese confirmation
// with an .ics at the SMTP server; the event is full, so the next visitor lands on the
// waiting list; the first cancels by the link in the mail and the waiting visitor moves
// up and is told; the host (the gateway) sees the list and downloads the export with the
// Japanese text intact. axe on the form (error state) and the host page in de, ja and en.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { mailMark, waitForMail } from "./support/mail";
import { signIn } from "./support/staff";

const SLUG = "e2e-tokyo-online-webinar";
const ONLINE_URL = "https://meet.example.jp/j/e2e-room";
// The form refuses a registration sent sooner than INQUIRY_MIN_FILL_SECONDS (3 s) after it was shown.
const MIN_FILL_MS = 3_200;

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "InformationEvent" (id, slug, "startsAt", "endsAt", format, "hostSlug", published, "updatedAt", "registrationEnabled", capacity, "onlineUrl", questions)
       VALUES (gen_random_uuid(), $1, $2, $3, 'ONLINE', 'tokyo-partner', true, now(), true, 1, $4, $5) RETURNING id`,
      [SLUG, startsAt, new Date(startsAt.getTime() + 90 * 60_000), ONLINE_URL, JSON.stringify([{ id: "visa", kind: "yesno", required: true, label: { de: "Brauchen Sie Hilfe beim Visum?", ja: "ビザの支援は必要ですか。", en: "Do you need help with a visa?" } }])],
    );
    for (const [locale, title] of [["de", "Webinar aus Tokyo"], ["ja", "東京発オンラインセミナー"], ["en", "Webinar from Tokyo"]]) {
      await client.query(`INSERT INTO "InformationEventTranslation" ("eventId", locale, title, summary, location) VALUES ($1, $2, $3, $4, $5)`, [rows[0]!.id, locale, title, `${title}.`, "Online"]);
    }
  });
});

async function fillRegistration(page: Page, person: { name: string; company: string; email: string }) {
  await page.getByLabel("お名前", { exact: true }).fill(person.name);
  await page.getByLabel("会社名・団体名").fill(person.company);
  await page.getByLabel("メールアドレス").fill(person.email);
  await page.getByRole("radio", { name: "日本語" }).check();
  await page.getByRole("radio", { name: "NRW州への進出（東京からNRW州へ）" }).check();
  await page.getByRole("group", { name: "ビザの支援は必要ですか。" }).getByRole("radio", { name: "はい" }).check();
  await page.getByRole("checkbox").check();
}

test("a Japanese visitor registers without JavaScript, the next one waits, a cancellation moves them up, the host exports", async ({ browser, page }) => {
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const form = await visitor.newPage();

  // Error states in every language first (nothing typed), with axe.
  for (const locale of ["de", "en", "ja"] as const) {
    await form.goto(`/${locale}/events/${SLUG}/register`);
    await form.locator('form button[type="submit"]').click();
    await expect(form.locator("#error-summary-title")).toBeVisible();
    await expectNoAxeViolations(form, `registration errors ${locale}`);
  }
  await expect(form.getByText("お名前を入力してください。").first()).toBeVisible();

  // The first visitor: the online link never on the page, confirmation by mail with the .ics.
  const shown = Date.now();
  await fillRegistration(form, { name: "山田 花子", company: "株式会社さくらテック", email: "hanako@example.jp" });
  await expect(form.locator("body")).not.toContainText(ONLINE_URL);
  await form.waitForTimeout(Math.max(0, shown + MIN_FILL_MS - Date.now()));
  const before = mailMark();
  await form.getByRole("button", { name: "申し込む" }).click();
  await expect(form.getByRole("heading", { level: 1 })).toHaveText("お申し込みありがとうございます");
  await expect(form.getByRole("status")).toContainText("お席を確保しました");
  const confirmation = await waitForMail({ to: "hanako@example.jp", subject: "【参加確定】東京発オンラインセミナー", after: before });
  expect(confirmation.contentLanguage).toBe("ja");
  expect(confirmation.text).toContain("山田 花子 様");
  expect(confirmation.text).toContain(ONLINE_URL);
  const ics = confirmation.parsed.attachments.find((a) => a.filename === `${SLUG}.ics`);
  expect(ics?.contentType).toBe("text/calendar");
  expect(ics?.content.toString("utf8")).toContain("SUMMARY:東京発オンラインセミナー");
  const ownPage = /http:\/\/[^\s]+\/ja\/events\/registration\/[A-Za-z0-9_-]+/.exec(confirmation.text)![0];

  // Full now: the next visitor is offered the waiting list.
  await form.goto(`/ja/events/${SLUG}/register`);
  await expect(form.getByText("満席となりました")).toBeVisible();
  const shownAgain = Date.now();
  await fillRegistration(form, { name: "佐藤 健", company: "合同会社みらい", email: "ken@example.jp" });
  await form.waitForTimeout(Math.max(0, shownAgain + MIN_FILL_MS - Date.now()));
  await form.getByRole("button", { name: "キャンセル待ちに登録する" }).click();
  await expect(form.getByRole("status")).toContainText("キャンセル待ちに登録しました");
  const waiting = await waitForMail({ to: "ken@example.jp", subject: "【キャンセル待ち】東京発オンラインセミナー", after: before });
  expect(waiting.text).not.toContain(ONLINE_URL);
  expect(waiting.parsed.attachments).toHaveLength(0);

  // The first visitor cancels through the link in the mail; the waiting one moves up and is told.
  const beforeCancel = mailMark();
  await form.goto(ownPage);
  await form.getByRole("button", { name: "お申し込みをキャンセルする" }).click();
  await expect(form.getByRole("status")).toHaveText("お申し込みをキャンセルしました。確認メールをお送りしました。");
  await waitForMail({ to: "hanako@example.jp", subject: "【キャンセル完了】東京発オンラインセミナー", after: beforeCancel });
  const movedUp = await waitForMail({ to: "ken@example.jp", subject: "【参加確定】お席に空きが出ました：東京発オンラインセミナー", after: beforeCancel });
  expect(movedUp.text).toContain(ONLINE_URL);
  expect(movedUp.parsed.attachments.map((a) => a.filename)).toEqual([`${SLUG}.ics`]);
  await visitor.close();

  // The host: the gateway sees the list with statuses and answers, and downloads the export.
  await signIn(page, "gateway@example.org", "ja");
  for (const locale of ["de", "en", "ja"] as const) {
    await page.goto(`/${locale}/admin/events/${SLUG}`);
    await expect(page.getByRole("rowheader", { name: /佐藤 健/ })).toBeVisible();
    await expectNoAxeViolations(page, `host page ${locale}`);
  }
  await expect(page.getByRole("row", { name: /山田 花子/ })).toContainText("キャンセル済み");
  await expect(page.getByRole("row", { name: /佐藤 健/ })).toContainText("参加確定");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ダウンロード: CSV（Excel用）" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain("佐藤 健,,合同会社みらい");
  expect(text).toContain("はい");
});
