import "server-only";
// Sending a finished draft: the check page's form posts here through
// app/api/inquiries. The answers were validated step by step and live in the
// draft; the form carries only the draft's idempotency key, the honeypot and
// the language. The outcome is where the browser goes next or the error to show.
import { db } from "../db/client.ts";
import { isDatabaseUnavailable } from "../db/errors.ts";
import type { Locale } from "../i18n/routing.ts";
import { findDraft } from "./drafts.ts";
import type { FormError, JourneyPage } from "./form-state.ts";
import { Journey } from "./journey.ts";
import { parseInquiry } from "./schema.ts";
import { submitInquiry } from "./submit-inquiry.ts";
import { requestTranslation } from "../translation/job.ts";
import { logger } from "../log.ts";

const log = logger("inquiry");

export type SendInput = {
  locale: Locale;
  /** The draft cookie's value. */
  draftId: string | undefined;
  /** The form's idempotency key: it must be the draft's own (a page left open after a new draft started is stale). */
  idempotencyKey: unknown;
  honeypot: unknown;
  clientIp: string;
};

export type SendOutcome = { next: JourneyPage | "confirmation" } | { error: FormError };

/** Logs name what failed, never the query parameters (they may hold personal data). */
export function failureSummary(error: unknown): string {
  return isDatabaseUnavailable(error) ? "database unavailable" : error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
}

/** A database outage asks for patience; anything else is our bug. */
export function failureError(error: unknown): FormError {
  return { code: isDatabaseUnavailable(error) ? "unavailable" : "unexpected" };
}

export async function sendDraft(input: SendInput): Promise<SendOutcome> {
  try {
    const draft = await findDraft(db(), input.draftId);
    if (!draft) return { next: "direction" };
    if (draft.data.confirmation) return { next: "confirmation" };
    const parsed = parseInquiry(Object.assign({}, ...Object.values(draft.data.answers)));
    if (!parsed.ok) return { next: new Journey(draft.data.answers).resumeStep };
    if (input.idempotencyKey !== draft.data.idempotencyKey) return { error: { code: "stale" } };

    const result = await submitInquiry({
      answers: parsed.data,
      locale: input.locale,
      idempotencyKey: draft.data.idempotencyKey,
      clientIp: input.clientIp,
      startedAt: draft.startedAt,
      honeypot: draft.data.suspicious ? "filled on an earlier step" : typeof input.honeypot === "string" ? input.honeypot : null,
      draftId: draft.id,
      // The key submitted is this draft's (checked above).
      draftUnsubmitted: !draft.submitted,
    });
    if (result.ok) {
      // With an engine configured, the description is translated before anyone opens the case (nothing without one).
      if (result.inquiryId) void requestTranslation(result.inquiryId);
      return { next: "confirmation" };
    }
    if (result.reason === "rate-limited") return { error: { code: "rateLimited", minutes: Math.ceil(result.retryAfterSeconds / 60) } };
    if (result.reason === "too-fast") return { error: { code: "tooFast" } };
    return { error: { code: "stale" } };
  } catch (error) {
    log.error({ error: failureSummary(error) }, "submission failed");
    return { error: failureError(error) };
  }
}
