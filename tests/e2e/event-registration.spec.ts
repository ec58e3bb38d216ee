// Issue #20: registration for an information event. The Tokyo partner sets up its
// online event's registration (one place, a yes/no question, a meeting slot); a Japanese
// visitor registers without JavaScript and gets the Japanese confirmation with an .ics at
// the SMTP server; the event is full, so the next visitor lands on the waiting list; the
// first cancels by the link in the mail and the waiting visitor moves up and is told; the
// host sees the list and downloads the export with the Japanese text intact. axe on the
// form's error state and on the host page, once per language.
//
// axe runs in the script-enabled page: it works by evaluating script in the page, which a
// context without JavaScript never runs (the check waited until the test's time ran out).
// The form's error state there is the same server-rendered markup; the visitor without
// JavaScript sees it too, below.
import { expect, test, type Page } from "@playwright/test";
import { dateToWallTime } from "../../lib/events/zoned-time";
import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { mailMark, waitForMail } from "./support/mail";
import { signIn } from "./support/staff";

const SLUG = `e2e-tokyo-webinar-${Date.now().toString(36)}`;
const ONLINE_URL = "https://meet.example.jp/j/e2e-room";
// The form refuses a registration sent sooner than INQUIRY_MIN_FILL_SECONDS (3 s) after it was shown.
const MIN_FILL_MS = 3_200;
const startsAt = new Date(Date.now() + 10 * 86_400_000);

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "InformationEvent" (id, slug, "startsAt", "endsAt", format, "hostSlug", published, "updatedAt", "registrationEnabled", "onlineUrl")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ONLINE', 'tokyo-partner', true, now(), true, $4) RETURNING id`,
      [SLUG, startsAt, new Date(startsAt.getTime() + 90 * 60_000), ONLINE_URL],
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
  await page.getByRole("group", { name: "個別面談の希望時間" }).getByRole("radio").first().check();
  await page.getByRole("checkbox").check();
}

/** Waits out the form's minimum fill time, counted from when it was shown. */
async function afterFillTime(page: Page, shownAt: number) {
  await page.waitForTimeout(Math.max(0, shownAt + MIN_FILL_MS - Date.now()));
}

test("the Tokyo partner opens registration; a visitor without JavaScript registers, the next one waits and moves up on a cancellation; the host exports", async ({ browser, page }) => {
  // The host: one place, a required yes/no question, one meeting slot (entered in Tokyo time).
  await signIn(page, "tokyo@example.org", "ja");
  await page.goto(`/ja/admin/events/${SLUG}`);
  const settings = page.getByRole("region", { name: "申込の設定" });
  await settings.getByLabel("定員").fill("0");
  await settings.getByRole("button", { name: "設定を保存する" }).click();
  await expect(settings.getByRole("alert")).toContainText("1から100,000までの整数を入力してください。");
  await expect(settings.getByLabel("定員")).toHaveValue("0");
  await settings.getByLabel("定員").fill("1");
  await settings.getByLabel("形式").selectOption("yesno");
  await settings.getByLabel("回答必須").check();
  await settings.getByLabel("質問文（ドイツ語）").fill("Brauchen Sie Hilfe beim Visum?");
  await settings.getByLabel("質問文（日本語）").fill("ビザの支援は必要ですか。");
  await settings.getByLabel("質問文（英語）").fill("Do you need help with a visa?");
  const slotStart = new Date(startsAt.getTime() + 2 * 3_600_000);
  await settings.getByLabel("開始").fill(dateToWallTime(slotStart, "Asia/Tokyo"));
  await settings.getByLabel("終了").fill(dateToWallTime(new Date(slotStart.getTime() + 30 * 60_000), "Asia/Tokyo"));
  await settings.getByRole("button", { name: "設定を保存する" }).click();
  await expect(settings.getByRole("status")).toHaveText("設定を保存しました。");
  // The slot is shown back in both zones.
  await expect(settings.getByText(/^ドイツ時間: .+ \/ 日本時間: /)).toBeVisible();

  // The form's error state (nothing typed) in every language, with axe.
  for (const locale of ["de", "en", "ja"] as const) {
    await page.goto(`/${locale}/events/${SLUG}/register`);
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator("#error-summary-title")).toBeVisible();
    await expectNoAxeViolations(page, `registration errors ${locale}`);
  }

  // The first visitor, without JavaScript: a mistake comes back with what was typed.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const form = await visitor.newPage();
  await form.goto(`/ja/events/${SLUG}/register`);
  const shown = Date.now();
  await expect(form.locator("body")).not.toContainText(ONLINE_URL);
  await fillRegistration(form, { name: "山田 花子", company: "株式会社さくらテック", email: "hanako@" });
  await form.getByRole("button", { name: "申し込む" }).click();
  await expect(form.getByRole("alert")).toContainText("name@example.jp のような形式でメールアドレスを入力してください。");
  await expect(form.getByLabel("お名前", { exact: true })).toHaveValue("山田 花子");
  await form.getByLabel("メールアドレス").fill("hanako@example.jp");
  await form.getByRole("checkbox").check();
  await afterFillTime(form, shown);
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
  const ownPage = new URL(/http:\/\/\S+\/ja\/events\/registration\/[A-Za-z0-9_-]+/.exec(confirmation.text)![0]).pathname;

  // Full now: the next visitor is offered the waiting list.
  await form.goto(`/ja/events/${SLUG}/register`);
  const shownAgain = Date.now();
  await expect(form.getByText("満席となりました")).toBeVisible();
  await fillRegistration(form, { name: "佐藤 健", company: "合同会社みらい", email: "ken@example.jp" });
  await afterFillTime(form, shownAgain);
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

  // The host sees the list with statuses and answers (axe in every language) and downloads the export.
  for (const locale of ["de", "en", "ja"] as const) {
    await page.goto(`/${locale}/admin/events/${SLUG}`);
    await expect(page.getByRole("rowheader", { name: /佐藤 健/ })).toBeVisible();
    await expectNoAxeViolations(page, `host page ${locale}`);
  }
  await expect(page.getByRole("row", { name: /山田 花子/ })).toContainText("キャンセル済み");
  await expect(page.getByRole("row", { name: /佐藤 健/ })).toContainText("参加確定");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ダウンロード: CSV（Excel用）" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain("佐藤 健,,合同会社みらい");
  expect(text).toContain("ビザの支援は必要ですか。");
  expect(text).toContain("はい");
});
