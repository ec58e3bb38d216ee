import "server-only";
// "Write in your language, send in theirs" (issue #18): a draft translation of what a
// staff member wrote, into the applicant's reply language, for them to review and edit
// before anything is sent. The applicant's contact data never goes to the engine.
import type { StaffPrincipal } from "../auth/permissions.ts";
import { visibleInquiries } from "../casework/staff-access.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { errorText, logger } from "../log.ts";
import { EngineError } from "./engines.ts";
import { configuredEngine } from "./job.ts";
import { withoutContactData } from "./texts.ts";
import { replyLocaleOf } from "../conversation/messages.ts";

const log = logger("translation");

export type DraftTranslation = { ok: true; text: string; engine: string } | { ok: false; error: "noEngine" | "engineUnavailable" | "notFound" };

export async function draftTranslation(staff: StaffPrincipal, input: { reference: string; body: string; from: Locale }): Promise<DraftTranslation> {
  const engine = configuredEngine();
  if (!engine) return { ok: false, error: "noEngine" };
  const scope = visibleInquiries(staff);
  const inquiry = scope && (await db().inquiry.findFirst({ where: { AND: [scope, { reference: input.reference }] }, select: { contactName: true, contactEmail: true, contactPhone: true, contactRole: true, replyLocale: true } }));
  if (!inquiry) return { ok: false, error: "notFound" };
  try {
    const result = await engine.translate(withoutContactData(input.body, inquiry), replyLocaleOf(inquiry), input.from);
    return { ok: true, text: result.text, engine: engine.name };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    log.warn({ engine: engine.name, error: errorText(error) }, "draft translation failed");
    return { ok: false, error: "engineUnavailable" };
  }
}
