// Follow-ups to issue #20 in the content editor, without JavaScript in the forms: a time
// Berlin skips when the clocks go forward is refused at its field with zone and day
// (decision 0030); withdrawing an event with registrations first tells the editor how many
// people will be told and is refused until they confirm (axe on that error state in de,
// ja and en); confirmed, each registrant gets the withdrawal mail in their language at the
// SMTP server.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { mailMark, waitForMail } from "./support/mail";
import { signIn } from "./support/staff";

const SLUG = `e2e-withdrawn-${Date.now().toString(36)}`;
const EDITOR = `/admin/content/event/${SLUG}`;
// 2027-05-12 17:00–18:30 in Tokyo.
const startsAt = new Date("2027-05-12T08:00:00Z");
const PEOPLE = [
  { name: "Jonas Weber", email: `${SLUG}-de@example.de`, locale: "de", status: "CONFIRMED" },
  { name: "鈴木 一郎", email: `${SLUG}-ja@example.jp`, locale: "ja", status: "WAITING" },
] as const;

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "InformationEvent" (id, slug, "startsAt", "endsAt", format, "hostSlug", published, "updatedAt", "registrationEnabled", capacity)
       VALUES (gen_random_uuid(), $1, $2, $3, 'ONSITE', 'tokyo-partner', true, now(), true, 1) RETURNING id`,
      [SLUG, startsAt, new Date(startsAt.getTime() + 90 * 60_000)],
    );
    const eventId = rows[0]!.id;
    for (const [locale, title] of [["de", "Netzwerkabend Tokyo"], ["ja", "東京ネットワーキングの夕べ"], ["en", "Tokyo networking evening"]]) {
      await client.query(`INSERT INTO "InformationEventTranslation" ("eventId", locale, title, summary, location) VALUES ($1, $2, $3, $4, $5)`, [eventId, locale, title, `${title}.`, "Tokyo"]);
    }
    for (const p of PEOPLE) {
      await client.query(
        `INSERT INTO "EventRegistration" (id, "eventId", status, name, company, email, locale, direction, "consentVersion", "consentAt", "idempotencyKey", "cancelToken", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, 'Firma', $4, $5, 'NRW_TO_TOKYO', '2026-12', now(), $6, $7, now())`,
        [eventId, p.status, p.name, p.email, p.locale, `${SLUG}-${p.locale}-key`, `${SLUG}-${p.locale}-cancel-token-0123456789`],
      );
    }
  });
});

test("a skipped Berlin time is refused at its field; withdrawing tells the registrants after the editor confirms", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "gateway@example.org", "de");
  await page.goto(`/de${EDITOR}`);
  await expect(page.getByTestId("withdrawal-confirmation")).toContainText("2 Personen sind zu dieser Veranstaltung angemeldet");

  // 02:30 on 28 March 2027 does not exist in Berlin.
  await page.getByLabel("Zeit in Deutschland").check();
  await page.locator("#field-startsAt").fill("2027-03-28T02:30");
  await page.locator("#field-endsAt").fill("2027-03-28T04:00");
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=alert]")).toContainText("Diese Uhrzeit gibt es in Berlin am 28. März 2027 wegen der Zeitumstellung nicht");
  await expect(page.locator("#field-startsAt")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-startsAt")).toHaveValue("2027-03-28T02:30");
  await page.goto(`/ja${EDITOR}?result=blocked`);
  await expect(page.locator("#result[role=alert]")).toContainText("2027年3月28日のベルリンでは、夏時間への切り替えのため、この時刻は存在しません");

  // Back to the announced time, then off the website: refused until the editor confirms.
  await page.goto(`/de${EDITOR}`);
  await page.getByLabel("Zeit in Tokyo").check();
  await page.locator("#field-startsAt").fill("2027-05-12T17:00");
  await page.locator("#field-endsAt").fill("2027-05-12T18:30");
  await page.getByLabel("Auf der Veranstaltungsseite zeigen").uncheck();
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=alert]")).toContainText("werden 2 angemeldete Personen per E-Mail benachrichtigt");
  await expect(page.locator("#field-confirmWithdrawal")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "event editor de, withdrawal unconfirmed");
  await page.goto(`/ja${EDITOR}?result=blocked`);
  await expect(page.locator("#result[role=alert]")).toContainText("2名の申込者にメールでお知らせします");
  await expectNoAxeViolations(page, "event editor ja, withdrawal unconfirmed");
  await page.goto(`/en${EDITOR}?result=blocked`);
  await expect(page.locator("#result[role=alert]")).toContainText("tells 2 registered people by e-mail");
  await expectNoAxeViolations(page, "event editor en, withdrawal unconfirmed");

  const before = mailMark();
  await page.goto(`/de${EDITOR}`);
  await page.getByLabel("Auf der Veranstaltungsseite zeigen").uncheck();
  await page.getByLabel("Ja, die 2 angemeldeten Personen benachrichtigen und die Anmeldungen beenden").check();
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=status]")).toContainText("Veröffentlicht");
  await expect(page.getByTestId("withdrawal-confirmation")).toHaveCount(0);
  const ja = await waitForMail({ to: PEOPLE[1].email, subject: "予定どおりには開催されません：東京ネットワーキングの夕べ", after: before });
  expect(ja.text).toContain("日本時間：2027年5月12日（水）17:00～18:30");
  expect(ja.parsed.attachments).toHaveLength(0);
  await waitForMail({ to: PEOPLE[0].email, subject: "Findet nicht wie angekündigt statt: Netzwerkabend Tokyo", after: before });
});
