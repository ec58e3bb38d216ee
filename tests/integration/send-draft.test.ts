// Sending a draft, as the check page's form does through app/api/inquiries:
// where the browser goes next, or which error it shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDraft, findDraft, type DraftData } from "@/lib/inquiries/drafts";
import { STEP_FIELDS, STEPS, type StepAnswers } from "@/lib/inquiries/schema";
import { sendDraft, type SendInput } from "@/lib/inquiries/send-draft";
import { closeRateLimitPool } from "@/lib/security/rate-limit";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

/** The fixture's answers split into the steps that collect them, as the journey stores them. */
const stepAnswers = Object.fromEntries(
  STEPS.map((step) => [step, Object.fromEntries(STEP_FIELDS[step].filter((f) => f in japaneseAnswers).map((f) => [f, japaneseAnswers[f as keyof typeof japaneseAnswers]]))]),
) as unknown as StepAnswers;

let ip = 1;
async function draftWith(answers: Partial<StepAnswers>, startedAt = aMinuteAgo(), extra: Partial<DraftData> = {}) {
  return createDraft(db(), startedAt, { answers, ...extra });
}
const send = (draft: { id: string; data: DraftData } | undefined, overrides: Partial<SendInput> = {}) =>
  sendDraft({ locale: "ja", draftId: draft?.id, idempotencyKey: draft?.data.idempotencyKey, honeypot: "", clientIp: `192.0.2.${ip++}`, ...overrides });

beforeAll(async () => {
  await seedOrganisations(db());
});
afterAll(async () => {
  await closeRateLimitPool();
});

describe("sending a draft", () => {
  it("stores the inquiry, goes to the confirmation, and a second send changes nothing", async () => {
    const draft = await draftWith(stepAnswers);
    expect(await send(draft)).toEqual({ next: "confirmation" });
    const stored = await db().inquiry.findUniqueOrThrow({ where: { idempotencyKey: draft.data.idempotencyKey } });
    expect(stored.companyName).toBe(japaneseAnswers.companyName);
    expect(stored.locale).toBe("ja");
    expect((await findDraft(db(), draft.id))?.data.confirmation).toEqual({ reference: stored.reference });

    expect(await send(draft)).toEqual({ next: "confirmation" });
    expect(await db().inquiry.count({ where: { idempotencyKey: draft.data.idempotencyKey } })).toBe(1);
  });

  it("sends a browser without a draft, or with an unknown or malformed one, to the start", async () => {
    expect(await send(undefined)).toEqual({ next: "direction" });
    expect(await send(undefined, { draftId: "00000000-0000-4000-8000-000000000000" })).toEqual({ next: "direction" });
    expect(await send(undefined, { draftId: "' OR 1=1 --" })).toEqual({ next: "direction" });
  });

  it("sends an incomplete draft to its first unanswered step, storing nothing", async () => {
    const draft = await draftWith({ direction: stepAnswers.direction, company: stepAnswers.company });
    expect(await send(draft)).toEqual({ next: "plans" });
    expect(await db().inquiry.count({ where: { idempotencyKey: draft.data.idempotencyKey } })).toBe(0);
  });

  it("refuses a form whose key is not the draft's (a page left open while a new draft started)", async () => {
    const draft = await draftWith(stepAnswers);
    expect(await send(draft, { idempotencyKey: "an-older-draft-key-0000" })).toEqual({ error: { code: "stale" } });
    expect(await send(draft, { idempotencyKey: null })).toEqual({ error: { code: "stale" } });
    expect(await db().inquiry.count({ where: { idempotencyKey: draft.data.idempotencyKey } })).toBe(0);
  });

  it("asks a form sent seconds after it was started to wait", async () => {
    const draft = await draftWith(stepAnswers, new Date());
    expect(await send(draft)).toEqual({ error: { code: "tooFast" } });
  });

  it("confirms a filled honeypot without storing anything", async () => {
    const draft = await draftWith(stepAnswers);
    expect(await send(draft, { honeypot: "https://spam.example" })).toEqual({ next: "confirmation" });
    expect(await db().inquiry.count({ where: { idempotencyKey: draft.data.idempotencyKey } })).toBe(0);
    const flagged = await draftWith(stepAnswers, aMinuteAgo(), { suspicious: true });
    expect(await send(flagged)).toEqual({ next: "confirmation" });
    expect(await db().inquiry.count({ where: { idempotencyKey: flagged.data.idempotencyKey } })).toBe(0);
  });
});
