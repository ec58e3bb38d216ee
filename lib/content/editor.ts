import "server-only";
// What the editor page needs for one piece of content, or undefined when the account may
// not edit it (or it does not exist): the page answers 404 either way.
import { ExpectedError } from "../expected-error.ts";
import { CONTENT_KINDS, type ContentIssue, type ContentKind } from "./schemas.ts";
import { blockingIssues, history, needsApproval, requireEditable, type Editor, type Version } from "./versions.ts";
import { kindSpec } from "./kinds.ts";
import type { StaffPrincipal } from "../auth/permissions.ts";

export type EditorData = { kind: ContentKind; key: string; versions: Version[]; payload: unknown; issues: ContentIssue[]; needsApproval: boolean };

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}

export async function loadEditor(staff: StaffPrincipal | Editor, kind: string, key: string, result?: string): Promise<EditorData | undefined> {
  if (!isContentKind(kind) || !kindSpec(kind)) return undefined;
  try {
    await requireEditable(staff, { kind, key });
  } catch (error) {
    if (error instanceof ExpectedError) return undefined;
    throw error;
  }
  const versions = await history({ kind, key });
  const current = versions[0];
  if (!current) return undefined;
  const payload = kindSpec(kind)!.schema.parse(current.payload);
  // The reasons a publish was refused are shown again from the saved draft (the form posts without JavaScript).
  const issues = result === "blocked" ? await blockingIssues({ kind, key }, current.payload) : [];
  return { kind, key, versions, payload, issues, needsApproval: needsApproval(staff) };
}
