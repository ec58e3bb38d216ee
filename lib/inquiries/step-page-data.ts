import "server-only";
// What a question page reads from the database, and what it shows when the
// database is down while the page answers the form's own post.
import { headers } from "next/headers";
import { municipalitySeeds } from "../../prisma/seed/municipalities.ts";
import { db } from "../db/client.ts";
import { isDatabaseUnavailable } from "../db/errors.ts";
import type { Locale } from "../i18n/routing.ts";
import { currentDraft } from "./draft-cookie.ts";
import type { Draft } from "./drafts.ts";
import { municipalityNames } from "./municipality-names.ts";

export type StepPageData = {
  draft?: Draft;
  /** The partners' names in the page's language, by slug. */
  names: Record<string, string>;
  /** The database is down and the page shows the form's answer without it. */
  outage: boolean;
};

/**
 * The browser's draft and the partners' names. A question page is sent without
 * Next.js's client runtime (decision 0031), so a step's Server Action is a plain
 * form post and the page renders again with the action's answer. When the
 * database is down, the action has already answered "try again" with everything
 * that was typed; the page then shows that answer instead of the error page,
 * with the partners' names as the programme publishes them (the seed), not as
 * last edited. A page opened while the database is down still shows the error
 * page: without the draft it cannot know the earlier answers.
 */
export async function stepPageData(locale: Locale): Promise<StepPageData> {
  try {
    const [draft, names] = await Promise.all([currentDraft(), municipalityNames(db(), locale)]);
    return { draft, names, outage: false };
  } catch (error) {
    if (!isDatabaseUnavailable(error) || !(await answersFormPost())) throw error;
    return { names: Object.fromEntries(municipalitySeeds.map((m) => [m.slug, m.texts[locale].name])), outage: true };
  }
}

/** Whether this render answers a form's post: Next.js takes a multipart body without its action header for a Server Action posted by the browser itself. */
async function answersFormPost(): Promise<boolean> {
  const request = await headers();
  return (request.get("content-type") ?? "").startsWith("multipart/form-data") && !request.has("next-action");
}
