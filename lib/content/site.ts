import "server-only";
// The published programme contacts, legal details and key figures (SiteContent), read by
// the imprint, privacy, about, Tokyo and home pages through the tag "site-content"; the
// table's trigger announces every change to all instances (decision 0015).
import { unstable_cache } from "next/cache";
import { db } from "../db/client.ts";
import { contactPayload, figuresPayload, legalPayload, type ContactKey, type ContactPayload, type FiguresPayload, type LegalPayload } from "./site-schemas.ts";

export const SITE_CONTENT_TAG = "site-content";

export const siteKey = {
  contact: (key: ContactKey) => `contact.${key}`,
  legal: "legal",
  figures: "figures",
} as const;

const loadAll = unstable_cache(
  async (): Promise<Record<string, unknown>> => Object.fromEntries((await db().siteContent.findMany()).map((row) => [row.key, row.payload])),
  ["site-content"],
  { tags: [SITE_CONTENT_TAG], revalidate: 3600 },
);

/** The published content under one key, or undefined when none was published (or it no longer fits its schema). */
async function published<T>(key: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }): Promise<T | undefined> {
  const found = (await loadAll())[key];
  if (found === undefined) return undefined;
  const parsed = schema.safeParse(found);
  return parsed.success ? parsed.data : undefined;
}

export const publishedContact = (key: ContactKey): Promise<ContactPayload | undefined> => published(siteKey.contact(key), contactPayload);
export const publishedLegal = (): Promise<LegalPayload | undefined> => published(siteKey.legal, legalPayload);
export const publishedFigures = (): Promise<FiguresPayload | undefined> => published(siteKey.figures, figuresPayload);

/** For start-up, outside any request: the legal details as stored (no data cache). */
export async function storedLegal(): Promise<LegalPayload | undefined> {
  const row = await db().siteContent.findUnique({ where: { key: siteKey.legal } });
  const parsed = row ? legalPayload.safeParse(row.payload) : undefined;
  return parsed?.success ? parsed.data : undefined;
}
