// axe-core on the page as it stands, against WCAG 2.1 A and AA. Waits for the page's
// <title> first: after a Server Action re-renders a page, Next streams the title in a
// moment later, and axe would report the gap ("document-title") as a violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The violations as "rule: selector, selector" lines, each prefixed with `label` when given. */
export async function axeViolations(page: Page, { label, tags = WCAG }: { label?: string; tags?: string[] } = {}): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${label ? `${label} ` : ""}${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function expectNoAxeViolations(page: Page, label?: string, tags?: string[]): Promise<void> {
  expect(await axeViolations(page, { label, tags })).toEqual([]);
}
