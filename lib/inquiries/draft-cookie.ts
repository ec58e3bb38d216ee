import "server-only";
// The link between a browser and its server-side draft: an httpOnly,
// SameSite=Lax session cookie that holds nothing but the draft's random id.
import { cookies, headers } from "next/headers";
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import { createDraft, findDraft, type Draft, type DraftData } from "./drafts.ts";

export const DRAFT_COOKIE = "inquiry_draft";

async function isHttps(): Promise<boolean> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return (env.PUBLIC_BASE_URL ?? "").startsWith("https:");
}

/** The browser's current draft, if any (pages and actions). */
export async function currentDraft(): Promise<Draft | undefined> {
  const id = (await cookies()).get(DRAFT_COOKIE)?.value;
  return findDraft(db(), id);
}

/** The draft to write to: the current one, or a fresh one when there is none or it was submitted (actions only). */
export async function writableDraft(initial: Partial<DraftData> = {}): Promise<Draft> {
  const existing = await currentDraft();
  if (existing && !existing.submitted) return existing;
  const draft = await createDraft(db(), new Date(), initial);
  (await cookies()).set(DRAFT_COOKIE, draft.id, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
  });
  return draft;
}
