import "server-only";
// Draft, review, publish (issue #19, decision 0027). Every save is a new version with who
// and when; publishing copies a complete version into the live tables in one transaction
// and then revalidates the pages' cache tags (the database triggers announce the same
// tags to every other instance, decision 0015). A municipality's or the Tokyo partner's
// version waits for the gateway's approval unless CONTENT_APPROVAL=none. Restoring copies
// an old version's content into a new draft; nothing is ever deleted.
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { env } from "../env.ts";
import { ExpectedError } from "../expected-error.ts";
import { defaultDelivery, handOver } from "../mail/outbox.ts";
import { kindSpec, type KindSpec } from "./kinds.ts";
import type { ContentIssue, ContentKind } from "./schemas.ts";

export type Entity = { kind: ContentKind; key: string };
export type Editor = StaffPrincipal & { name: string };
/** Expires the named cache tags in this process (the Server Action passes Next's revalidateTag). */
export type Revalidate = (tags: readonly string[]) => void;

export const VERSION_STATES = ["DRAFT", "SUBMITTED", "PUBLISHED", "SUPERSEDED"] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export type Version = {
  number: number;
  state: VersionState;
  payload: unknown;
  createdByLabel: string;
  createdAt: Date;
  publishedByLabel: string | null;
  publishedAt: Date | null;
  restoredFrom: number | null;
};

/** May this account edit content owned by `owner` (null: the gateway's own content)? The one rule, beside the permission table. */
export function mayEditOwned(staff: StaffPrincipal | null | undefined, owner: string | null): boolean {
  if (can(staff, "content.editAll")) return true;
  return owner !== null && can(staff, "content.editOwn") && staff?.organisationId === owner;
}

/** Whether this account's versions wait for the gateway's approval. */
export function needsApproval(staff: StaffPrincipal): boolean {
  return !can(staff, "content.editAll") && env.CONTENT_APPROVAL !== "none";
}

function spec(kind: ContentKind): KindSpec<unknown> {
  const found = kindSpec(kind);
  if (!found) throw new ExpectedError("notFound");
  return found;
}

/** The entity's owner if this account may edit it; otherwise "notFound" (a page answers 404, as for a wrong address). */
export async function requireEditable(staff: StaffPrincipal, entity: Entity): Promise<string | null> {
  const owner = await spec(entity.kind).owner(entity.key);
  if (owner === undefined || !mayEditOwned(staff, owner)) throw new ExpectedError("notFound");
  return owner;
}

const toVersion = (row: { number: number; state: string; payload: unknown; createdByLabel: string; createdAt: Date; publishedByLabel: string | null; publishedAt: Date | null; restoredFrom: number | null }): Version => ({
  number: row.number,
  state: row.state as VersionState,
  payload: row.payload,
  createdByLabel: row.createdByLabel,
  createdAt: row.createdAt,
  publishedByLabel: row.publishedByLabel,
  publishedAt: row.publishedAt,
  restoredFrom: row.restoredFrom,
});

/**
 * Every version, newest first. Content that has none yet (the seed wrote it, or a
 * database from before versions) gets its live copy as version 1, published, by nobody:
 * the seed becomes the initial published version.
 */
export async function history(entity: Entity): Promise<Version[]> {
  const where = { kind: entity.kind, entityKey: entity.key };
  if ((await db().contentVersion.count({ where })) === 0) {
    const live = await spec(entity.kind).load(entity.key);
    if (live !== undefined) {
      try {
        await db().contentVersion.create({ data: { ...where, number: 1, state: "PUBLISHED", payload: live as object, createdByLabel: "", publishedByLabel: "", publishedAt: new Date() } });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // another request took the baseline at the same moment
      }
    }
  }
  const rows = await db().contentVersion.findMany({ where, orderBy: { number: "desc" } });
  return rows.map(toVersion);
}

/** The version the editor shows: the newest one (a draft, a submitted version or the published one). */
export async function currentVersion(entity: Entity): Promise<Version | undefined> {
  return (await history(entity))[0];
}

async function addVersion(editor: Editor, entity: Entity, payload: unknown, extra: { restoredFrom?: number } = {}): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const last = await db().contentVersion.findFirst({ where: { kind: entity.kind, entityKey: entity.key }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    try {
      await db().contentVersion.create({
        data: { kind: entity.kind, entityKey: entity.key, number, state: "DRAFT", payload: payload as object, createdById: editor.userId, createdByLabel: editor.name, ...extra },
      });
      return number;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Saves what the form holds as a new draft (incomplete is fine: publishing checks completeness). */
export async function saveDraft(editor: Editor, entity: Entity, input: unknown): Promise<number> {
  await history(entity); // the baseline first, so the draft is version 2 and the seed's content stays restorable
  await requireEditable(editor, entity);
  const s = spec(entity.kind);
  const parsed = s.schema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("invalid");
  if (s.payloadOwner) {
    // An event may only be handed to a host whose events this account may edit (a municipality keeps its own).
    const owner = await s.payloadOwner(parsed.data);
    if (owner === undefined || !mayEditOwned(editor, owner)) throw new ExpectedError("invalid");
  }
  return addVersion(editor, entity, parsed.data);
}

/**
 * Starts a new entity (an event) as version 1, a draft: refused ("taken") when the key is
 * in use, live or as versions, and ("invalid") when the account may not edit what the
 * payload names as its owner.
 */
export async function createEntity(editor: Editor, entity: Entity, payload: unknown): Promise<void> {
  const s = spec(entity.kind);
  const parsed = s.schema.safeParse(payload);
  if (!parsed.success) throw new ExpectedError("invalid");
  const owner = s.payloadOwner ? await s.payloadOwner(parsed.data) : undefined;
  if (owner === undefined || !mayEditOwned(editor, owner)) throw new ExpectedError("notAllowed");
  if ((await s.load(entity.key)) !== undefined) throw new ExpectedError("taken");
  try {
    await db().contentVersion.create({
      data: { kind: entity.kind, entityKey: entity.key, number: 1, state: "DRAFT", payload: parsed.data as object, createdById: editor.userId, createdByLabel: editor.name },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ExpectedError("taken");
    throw error;
  }
}

export type PublishResult = { outcome: "published" | "submitted" } | { outcome: "blocked"; issues: ContentIssue[] };

/** What keeps a version from being published (empty: nothing). */
export function publishIssues(kind: ContentKind, payload: unknown): ContentIssue[] {
  const s = spec(kind);
  const parsed = s.schema.safeParse(payload);
  return parsed.success ? s.issues(parsed.data) : [{ field: "payload", problem: "format" }];
}

/** Publishing options: the editor confirmed that the people publishing tells (an event withdrawn) are told. */
export type PublishOptions = { confirmWithdrawal?: boolean };

/**
 * What keeps a version from being published now: its own issues, and, unless the editor
 * confirmed it, that publishing it would tell people by mail (withdrawing an event with
 * registrations): the issue carries how many.
 */
export async function blockingIssues(entity: Entity, payload: unknown, options: PublishOptions = {}): Promise<ContentIssue[]> {
  const issues = publishIssues(entity.kind, payload);
  const s = spec(entity.kind);
  if (issues.length || !s.audience || options.confirmWithdrawal) return issues;
  const count = await s.audience(entity.key, s.schema.parse(payload));
  return count > 0 ? [{ field: "confirmWithdrawal", problem: "withdraw", count }] : [];
}

async function applyVersion(editor: Editor, entity: Entity, number: number, revalidate: Revalidate): Promise<void> {
  const s = spec(entity.kind);
  const row = await db().contentVersion.findUniqueOrThrow({ where: { kind_entityKey_number: { kind: entity.kind, entityKey: entity.key, number } } });
  const payload = s.schema.parse(row.payload);
  const mailIds = await db().$transaction(async (tx) => {
    await tx.contentVersion.updateMany({ where: { kind: entity.kind, entityKey: entity.key, state: "PUBLISHED" }, data: { state: "SUPERSEDED" } });
    await tx.contentVersion.update({ where: { id: row.id }, data: { state: "PUBLISHED", publishedById: editor.userId, publishedByLabel: editor.name, publishedAt: new Date() } });
    return (await s.apply(tx, entity.key, payload)) ?? [];
  });
  handOver(defaultDelivery(), mailIds);
  revalidate(s.tags);
}

/**
 * Publishes the newest version (the form has just saved it): refused while a field or a
 * language is missing; for accounts that need approval it is submitted to the gateway.
 */
export async function publishNewest(editor: Editor, entity: Entity, revalidate: Revalidate, options: PublishOptions = {}): Promise<PublishResult> {
  await requireEditable(editor, entity);
  const newest = await currentVersion(entity);
  if (!newest) throw new ExpectedError("notFound");
  const issues = await blockingIssues(entity, newest.payload, options);
  if (issues.length) return { outcome: "blocked", issues };
  if (newest.state === "PUBLISHED") return { outcome: "published" };
  if (needsApproval(editor)) {
    await db().contentVersion.update({ where: { kind_entityKey_number: { kind: entity.kind, entityKey: entity.key, number: newest.number } }, data: { state: "SUBMITTED" } });
    return { outcome: "submitted" };
  }
  await applyVersion(editor, entity, newest.number, revalidate);
  return { outcome: "published" };
}

/** The gateway approves a submitted version as it stands: it is published. */
export async function approve(editor: Editor, entity: Entity, number: number, revalidate: Revalidate, options: PublishOptions = {}): Promise<PublishResult> {
  if (!can(editor, "content.editAll")) throw new ExpectedError("notAllowed");
  await requireEditable(editor, entity);
  const row = await db().contentVersion.findUnique({ where: { kind_entityKey_number: { kind: entity.kind, entityKey: entity.key, number } } });
  if (!row || row.state !== "SUBMITTED") throw new ExpectedError("notFound");
  const issues = await blockingIssues(entity, row.payload, options);
  if (issues.length) return { outcome: "blocked", issues };
  await applyVersion(editor, entity, number, revalidate);
  return { outcome: "published" };
}

/** Copies an old version's content into a new draft (published like any other draft). */
export async function restore(editor: Editor, entity: Entity, number: number): Promise<number> {
  await requireEditable(editor, entity);
  const row = await db().contentVersion.findUnique({ where: { kind_entityKey_number: { kind: entity.kind, entityKey: entity.key, number } } });
  if (!row) throw new ExpectedError("notFound");
  return addVersion(editor, entity, row.payload, { restoredFrom: number });
}

/** Versions waiting for the gateway's approval, oldest first (the content overview). */
export async function submittedVersions(): Promise<{ kind: string; entityKey: string; number: number; createdByLabel: string; createdAt: Date }[]> {
  return db().contentVersion.findMany({ where: { state: "SUBMITTED" }, orderBy: { createdAt: "asc" }, select: { kind: true, entityKey: true, number: true, createdByLabel: true, createdAt: true } });
}
