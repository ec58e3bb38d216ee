import { expect, test, type Page } from "@playwright/test";

async function cardNames(page: Page) {
  return page.locator("main article h3").allTextContents();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`directory filters with JavaScript ${javaScriptEnabled ? "enabled" : "disabled"}`, () => {
    test.use({ javaScriptEnabled });

    test("filtering by sector and service narrows the list and is kept in the URL", async ({ page }) => {
      await page.goto("/en/municipalities");
      expect(await cardNames(page)).toHaveLength(7);

      await page.getByLabel("Sector focus").selectOption("hydrogen");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/sector=hydrogen/);
      const hydrogen = await cardNames(page);
      expect(hydrogen.length).toBeGreaterThan(0);
      expect(hydrogen.length).toBeLessThan(7);
      await expect(page.getByLabel("Sector focus")).toHaveValue("hydrogen");

      // Each remaining card carries the sector.
      for (const card of await page.locator("main article").all()) {
        await expect(card.getByText("Hydrogen", { exact: true })).toBeVisible();
      }

      await page.getByRole("link", { name: "Reset filters" }).click();
      await expect(page).toHaveURL(/\/en\/municipalities$/);
      expect(await cardNames(page)).toHaveLength(7);
    });
  });
}

test("a shared filter URL shows the filtered view, and an impossible combination says so", async ({ page }) => {
  await page.goto("/de/municipalities?sector=creative&service=nonexistent");
  await expect(page.getByLabel("Branchenschwerpunkt")).toHaveValue("creative");
  await expect(page.getByLabel("Angebotene Unterstützung")).toHaveValue("");
  const names = await cardNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(7);
});

test("every place on the map is a link named like the municipality, at least 24 px on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ja/municipalities");
  const map = page.locator("figure").filter({ has: page.locator("svg") });
  const links = map.getByRole("link");
  await expect(links).toHaveCount(7);
  for (const link of await links.all()) {
    await expect(link).toHaveText(/\S/);
    const box = (await link.boundingBox())!;
    expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(24);
    expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(24);
  }
  // The caption says nothing about clicking: on a phone nobody clicks.
  await expect(map.locator("figcaption")).not.toContainText(/クリック|click|klicken/i);
  await links.first().click();
  await expect(page).toHaveURL(/\/ja\/municipalities\/[a-z-]+$/);
});
