import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";

// The programme report (issue #21): the ministry's and TMG's readers land on it, read it
// in their language (axe-clean, on a phone too), download it as XLSX (read back here) and
// print it to an A4 PDF; bad periods get a translated message; nothing else is theirs.
const TITLES = { de: "Programmbericht NRW–Tokyo", ja: "NRW–東京 事業報告", en: "NRW–Tokyo programme report" } as const;
const READER = { de: "ministry@example.org", ja: "tmg@example.org", en: "ministry@example.org" } as const;


/**
 * Prints the report on screen to a PDF as Chromium does: A4 pages (595 × 842 points) with
 * the page numbers of the @page margin. Returns the text, read back with pdf-parse.
 */
async function printedReport(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: "screen" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [width, height] of boxes) {
    expect(Math.abs(width! - 595.28)).toBeLessThan(1);
    expect(Math.abs(height! - 841.89)).toBeLessThan(1);
  }
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    expect(text.total).toBeGreaterThanOrEqual(2);
    expect(text.text).toMatch(new RegExp(`1 / ${text.total}`));
    return text.text;
  } finally {
    await parser.destroy();
  }
}

for (const locale of ["de", "ja", "en"] as const) {
  test(`the programme report in ${locale}: the reader lands on it, no axe violations, fits a phone`, async ({ page }) => {
    await signIn(page, READER[locale], locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/report$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[locale]);
    // The report in the menu, nothing that shows inquiries.
    await expect(page.locator(`a[href="/${locale}/admin/report"]`)).toBeVisible();
    for (const hidden of ["inquiries", "dashboard", "outbox", "staff", "data-protection"]) await expect(page.locator(`a[href^="/${locale}/admin/${hidden}"]`)).toHaveCount(0);
    await expect(page.locator("table caption")).toHaveCount(9);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".overflow-x-auto")).map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
    );
    expect(wide).toEqual([]);
    await expectNoAxeViolations(page);

    // A period with one end only: a translated message on the page, never an error page.
    const response = await page.goto(`/${locale}/admin/report?from=2026-01-01`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#period-error")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("TMG reads the quarter in Japanese, downloads the XLSX and prints an A4 PDF", async ({ page }) => {
  await signIn(page, "tmg@example.org", "ja");
  await page.getByLabel("四半期または年").selectOption({ index: 1 });
  await page.getByRole("button", { name: "表示" }).first().click();
  await expect(page).toHaveURL(/\/ja\/admin\/report\?period=\d{4}-Q[1-4]$/);
  await expect(page.locator("dl dd").first()).toContainText("四半期");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Excelファイル/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^programme-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-ja\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["報告", "方向", "業種", "企業規模", "スタートアップ", "本社所在国", "パートナー", "結果", "投資予定額", "開催形式"]);
  const direction = workbook.getWorksheet("方向")!;
  expect(direction.getRow(2).values).toEqual([undefined, "方向", "報告期間", "比較期間"]);
  expect(direction.getRow(3).getCell(1).value).toBe("東京 → NRW州");
  // Counts are numbers; a suppressed one is the mark "x".
  for (let row = 3; row <= 5; row++) {
    for (const cell of [2, 3]) {
      const value = direction.getRow(row).getCell(cell).value;
      expect(typeof value === "number" ? value === 0 || value >= 3 : value === "x").toBe(true);
    }
  }
  expect(typeof direction.getRow(6).getCell(2).value === "number" || direction.getRow(6).getCell(2).value === "x").toBe(true);

  const text = await printedReport(page);
  // Japanese glyphs (the title, the definitions).
  expect(text).toContain("事業報告");
  expect(text).toMatch(/\d{4}年第[1-4]四半期/);
  expect(text).toContain("秘匿");
  // No staff menu, period form or download links on paper.
  expect(text).not.toContain("ログアウト");
  expect(text).not.toContain("Excelファイル");
});

test("the ministry's reader prints the German report to an A4 PDF and gets 404 on every page and download that shows an inquiry", async ({ page }) => {
  await signIn(page, "ministry@example.org", "de");
  const text = await printedReport(page);
  // German glyphs (umlauts) and words of the report and its definitions.
  expect(text).toContain("Programmbericht");
  expect(text).toContain("Löschung");
  expect(text).toContain("Geheimhaltung");
  expect(text).not.toContain("Abmelden");

  for (const path of ["/de/admin/inquiries", "/de/admin/dashboard", "/de/admin/outbox", "/de/admin/staff", "/de/admin/data-protection", "/de/admin/inquiries/NT-2026-00001"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  expect((await page.request.get("/de/admin/inquiries/export")).status()).toBe(404);
  expect((await page.request.get("/de/admin/inquiries/export?format=xlsx")).status()).toBe(404);
  const csv = await page.request.get("/de/admin/report/export?format=csv");
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain("Programmbericht");
  expect(body.split("\r\n")[1]).toContain(";");
  // No reference, address or name of an applicant in the report.
  expect(body).not.toMatch(/NT-\d{4}-\d{5}|@example\.|株式会社/);
});

test("the gateway downloads the inbox as XLSX in German with Berlin times", async ({ page }) => {
  await signIn(page, "gateway@example.org", "de");
  await page.goto("/de/admin/inquiries");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX)" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Anfragen")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["Aktenzeichen", "Eingegangen (Berliner Zeit)", "Status", "Richtung"]);
  expect(sheet.rowCount).toBeGreaterThan(1);
  expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  expect(["Neu", "Geprüft", "Weitergeleitet", "Angenommen", "In Bearbeitung", "Abgeschlossen"]).toContain(sheet.getRow(2).getCell(3).value);
});
