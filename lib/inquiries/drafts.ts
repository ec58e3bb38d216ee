import "server-only";
// Server-side drafts of the journey. The browser holds only a random id in an
// httpOnly cookie; the answers stay in PostgreSQL, so reload, back/forward and
// JavaScript-free browsers never lose what was typed.
import { randomUUID } from "node:crypto";
import { sql } from "../db/client.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { MUNICIPALITY_SLUGS } from "../domain/catalog.ts";
import { FIND_DRAFT } from "./submission-statements.ts";
import { formValues, parseStep, STEPS, type FormValues, type StepAnswers, type StepId } from "./schema.ts";

/** A draft lives for a day after its last change. */
export const DRAFT_TTL_SECONDS = 24 * 60 * 60;

export type DraftData = {
  /** Validated answers per step. */
  answers: Partial<StepAnswers>;
  /** What was typed into a step that was rejected, so a reload shows it again. */
  pending: Partial<Record<StepId, FormValues>>;
  /** Carried by the final step; becomes Inquiry.idempotencyKey. */
  idempotencyKey: string;
  /** A municipality chosen before the journey (?municipality=essen): the plans step starts with it ticked. */
  preselectedMunicipality?: string;
  /** Set when a hidden honeypot field was filled on an earlier step. */
  suspicious?: boolean;
  /** Set once submitted: what the confirmation page shows. */
  confirmation?: { reference: string };
};

export type Draft = { id: string; data: DraftData; startedAt: Date; submitted: boolean };

type Client = PrismaClient | Prisma.TransactionClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads stored JSON back defensively: a step's answers count only if they still pass today's schema. */
export function readDraftData(raw: unknown): DraftData {
  const source = isRecord(raw) ? raw : {};
  const answers: Partial<StepAnswers> = {};
  const storedAnswers = isRecord(source.answers) ? source.answers : {};
  for (const step of STEPS) {
    const result = parseStep(step, storedAnswers[step]);
    if (result.ok) (answers as Record<StepId, unknown>)[step] = result.data;
  }
  const pending: Partial<Record<StepId, FormValues>> = {};
  const storedPending = isRecord(source.pending) ? source.pending : {};
  for (const step of STEPS) {
    if (isRecord(storedPending[step])) pending[step] = formValues(step, storedPending[step]);
  }
  const confirmation = isRecord(source.confirmation) && typeof source.confirmation.reference === "string" ? { reference: source.confirmation.reference } : undefined;
  const preselected = typeof source.preselectedMunicipality === "string" && (MUNICIPALITY_SLUGS as readonly string[]).includes(source.preselectedMunicipality) ? source.preselectedMunicipality : undefined;
  return {
    answers,
    pending,
    idempotencyKey: typeof source.idempotencyKey === "string" ? source.idempotencyKey : randomUUID(),
    preselectedMunicipality: preselected,
    suspicious: source.suspicious === true || undefined,
    confirmation,
  };
}

function toJson(data: DraftData): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(data)) as Prisma.InputJsonObject;
}

function expiry(now: Date): Date {
  return new Date(now.getTime() + DRAFT_TTL_SECONDS * 1000);
}

/** The draft with this id, if it exists and has not expired. Any malformed id is simply not found. */
export async function findDraft(prisma: Client, id: string | undefined, now = new Date()): Promise<Draft | undefined> {
  if (!id || !UUID.test(id)) return undefined;
  // Every page of the journey and the submission read the draft: plain SQL (lib/db/client.ts).
  const [row] = await sql<{ id: string; data: unknown; startedAt: Date; expiresAt: Date; submittedInquiryId: string | null }>(prisma, FIND_DRAFT, [id]);
  if (!row || row.expiresAt <= now) return undefined;
  const data = readDraftData(row.data);
  return { id: row.id, data, startedAt: row.startedAt, submitted: Boolean(row.submittedInquiryId || data.confirmation) };
}

export async function createDraft(prisma: Client, now = new Date(), initial: Partial<DraftData> = {}): Promise<Draft> {
  // Expired drafts hold personal data that nobody will submit: remove them as new ones start.
  await prisma.inquiryDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  const data: DraftData = { answers: {}, pending: {}, idempotencyKey: randomUUID(), ...initial };
  const row = await prisma.inquiryDraft.create({ data: { data: toJson(data), startedAt: now, expiresAt: expiry(now) } });
  return { id: row.id, data, startedAt: row.startedAt, submitted: false };
}

async function writeDraft(prisma: Client, draft: Draft, data: DraftData, now: Date): Promise<Draft> {
  await prisma.inquiryDraft.update({ where: { id: draft.id }, data: { data: toJson(data), expiresAt: expiry(now) } });
  return { ...draft, data };
}

/** Stores a step's validated answers and forgets what was pending for it. */
export function saveStepAnswers<S extends StepId>(prisma: Client, draft: Draft, step: S, answers: StepAnswers[S], now = new Date()): Promise<Draft> {
  const pending = { ...draft.data.pending };
  delete pending[step];
  return writeDraft(prisma, draft, { ...draft.data, answers: { ...draft.data.answers, [step]: answers }, pending }, now);
}

/** Keeps what was typed into a rejected step. */
export function savePendingValues(prisma: Client, draft: Draft, step: StepId, values: FormValues, now = new Date()): Promise<Draft> {
  return writeDraft(prisma, draft, { ...draft.data, pending: { ...draft.data.pending, [step]: values } }, now);
}

export function updateDraftData(prisma: Client, draft: Draft, patch: Partial<DraftData>, now = new Date()): Promise<Draft> {
  return writeDraft(prisma, draft, { ...draft.data, ...patch }, now);
}

/** After submission the draft keeps only the confirmation: the answers now live in the inquiry. */
export async function markDraftSubmitted(prisma: Client, draftId: string, result: { reference: string; inquiryId?: string }): Promise<void> {
  const row = await prisma.inquiryDraft.findUnique({ where: { id: draftId }, select: { data: true } });
  if (!row) return;
  const idempotencyKey = isRecord(row.data) && typeof row.data.idempotencyKey === "string" ? row.data.idempotencyKey : null;
  await prisma.inquiryDraft.update({
    where: { id: draftId },
    data: { data: { idempotencyKey, confirmation: { reference: result.reference } }, submittedInquiryId: result.inquiryId ?? null },
  });
}

/** What a step's form shows: the pending typed values, else the saved answers, else the preselection. */
export function stepFormValues(draft: Draft | undefined, step: StepId): FormValues {
  if (!draft) return {};
  const pending = draft.data.pending[step];
  if (pending) return pending;
  const saved = draft.data.answers[step];
  if (saved) return formValues(step, saved);
  if (step === "plans" && draft.data.preselectedMunicipality) return { preferredMunicipalities: [draft.data.preselectedMunicipality] };
  return {};
}
