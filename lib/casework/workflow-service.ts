import "server-only";
// Staff actions on an inquiry. Each validates its input, checks permission and
// workflow rules on the server, runs in one transaction, bumps the inquiry's
// version (a stale form gets a conflict, never a silent overwrite) and appends
// to the timeline.
import { z } from "zod";
import { can } from "../auth/permissions.ts";
import type { Staff } from "../auth/session.ts";
import { db } from "../db/client.ts";
import { closeClosesInquiry, isAllowed, isOpen, nextStatus, OPEN_ASSIGNMENT_STATES, PARTNER_KINDS, permissionFor } from "../domain/workflow.ts";
import { Prisma, type InquiryEventType } from "../generated/prisma/client.ts";
import { defaultNoteVisibility, NOTE_VISIBILITIES } from "../domain/notes.ts";
import type { NoteVisibility } from "../generated/prisma/enums.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { closingFields, figuresOf } from "./closing.ts";
import { defaultDelivery, handOver, type MailDelivery } from "../mail/outbox.ts";
import { notifyWorkflowChange, type WorkflowChange } from "../notifications/notify.ts";
import { visibleInquiries } from "./staff-access.ts";

const base = { reference: z.string().regex(REFERENCE_PATTERN), version: z.coerce.number().int().min(0) };

/** A workflow action as the detail page's forms send it. */
export const actionInput = z.discriminatedUnion("action", [
  z.object({ action: z.enum(["triage", "accept", "start", "reopen"]), ...base }),
  z.object({ action: z.literal("forward"), ...base, targetOrganisationIds: z.array(z.uuid()).min(1).max(10), note: z.string().trim().max(2000).optional() }),
  z.object({ action: z.literal("return"), ...base, reason: z.string().trim().min(3).max(2000) }),
  z.object({ action: z.literal("close"), ...base, ...closingFields }),
]);
export type ActionInput = z.output<typeof actionInput>;

export const noteInput = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  body: z.string().trim().min(1).max(5000),
  /** Absent: the writer's default (lib/domain/notes.ts); the form always sends the chosen one. */
  visibility: z.enum(NOTE_VISIBILITIES).optional(),
});

export type ActionResult = { ok: true } | { ok: false; error: "invalid" | "notFound" | "notAllowed" | "conflict" | "invalidTargets" };

class Conflict extends Error {}

export async function performAction(staff: Staff, raw: ActionInput, options: { delivery?: MailDelivery } = {}): Promise<ActionResult> {
  const parsed = actionInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const input = parsed.data;
  if (!can(staff, permissionFor(input.action))) return { ok: false, error: "notAllowed" };
  const scope = visibleInquiries(staff);
  if (!scope) return { ok: false, error: "notFound" };
  const delivery = options.delivery ?? defaultDelivery();
  const mailIds: string[] = [];
  try {
    const result = await db().$transaction(async (tx) => {
      const inquiry = await tx.inquiry.findFirst({
        where: { AND: [scope, { reference: input.reference }] },
        include: { assignments: { include: { organisation: { select: { kind: true } } } } },
      });
      if (!inquiry) return { ok: false, error: "notFound" } as const;
      // An anonymised inquiry is a statistic now: nothing reopens or changes it.
      if (inquiry.anonymisedAt) return { ok: false, error: "notAllowed" } as const;
      if (inquiry.version !== input.version) return { ok: false, error: "conflict" } as const;
      const own = inquiry.assignments.find((a) => a.organisationId === staff.organisationId && isOpen(a.state));
      const holding = { role: staff.role, ownAssignment: own?.state };
      if (!isAllowed(input.action, inquiry.status, holding)) {
        return { ok: false, error: "notAllowed" } as const;
      }

      const now = new Date();
      const events: Prisma.InquiryEventCreateManyInput[] = [];
      const event = (type: InquiryEventType, extra: Partial<Prisma.InquiryEventCreateManyInput> = {}) =>
        events.push({ inquiryId: inquiry.id, type, actorOrganisationId: staff.organisationId, actorLabel: staff.name, createdAt: now, ...extra });
      const inquiryUpdate: Prisma.InquiryUpdateManyMutationInput = {};
      let change: WorkflowChange = { action: "other" };
      const gatewayAssignment = inquiry.assignments.find((a) => a.organisation.kind === "GATEWAY");
      const partnerStates = () => inquiry.assignments.filter((a) => a.organisation.kind !== "GATEWAY").map((a) => a.state);

      const setAssignment = async (id: string, data: Prisma.AssignmentUpdateInput) => {
        const updated = await tx.assignment.update({ where: { id }, data });
        const local = inquiry.assignments.find((a) => a.id === id);
        if (local) local.state = updated.state;
      };

      switch (input.action) {
        case "triage":
          if (gatewayAssignment?.state === "PENDING") await setAssignment(gatewayAssignment.id, { state: "ACCEPTED", respondedAt: now });
          event("TRIAGED");
          break;
        case "forward": {
          const targets = await tx.organisation.findMany({
            where: { id: { in: input.targetOrganisationIds }, kind: { in: [...PARTNER_KINDS] }, active: true },
          });
          const holding = new Set(inquiry.assignments.filter((a) => isOpen(a.state)).map((a) => a.organisationId));
          const fresh = targets.filter((t) => !holding.has(t.id));
          if (targets.length !== new Set(input.targetOrganisationIds).size || fresh.length === 0) {
            return { ok: false, error: "invalidTargets" } as const;
          }
          if (gatewayAssignment?.state === "PENDING") await setAssignment(gatewayAssignment.id, { state: "ACCEPTED", respondedAt: now });
          for (const target of fresh) {
            const created = await tx.assignment.create({
              data: { inquiryId: inquiry.id, organisationId: target.id, note: input.note || null, assignedAt: now },
              include: { organisation: { select: { kind: true } } },
            });
            inquiry.assignments.push(created);
            event("FORWARDED", { targetOrganisationId: target.id, data: input.note ? { hasNote: true } : {} });
          }
          change = { action: "forward", targets: fresh.map((t) => t.id), note: input.note || null };
          break;
        }
        case "accept":
          await setAssignment(own!.id, { state: "ACCEPTED", respondedAt: now });
          event("ACCEPTED");
          change = { action: "accept", organisationId: own!.organisationId };
          break;
        case "return":
          await setAssignment(own!.id, { state: "RETURNED", respondedAt: now, returnReason: input.reason, closedAt: now });
          event("RETURNED", { data: { reason: input.reason } });
          change = { action: "return", organisationId: own!.organisationId, reason: input.reason };
          break;
        case "start":
          event("STATUS_CHANGED", { data: { from: inquiry.status, to: "IN_PROGRESS" } });
          break;
        case "close": {
          const outcome = { outcome: input.outcome, outcomeFigures: figuresOf(input) ?? Prisma.DbNull, outcomeSummary: input.summary };
          if (closeClosesInquiry(holding)) {
            // The gateway closes the inquiry, and with it every assignment still open.
            await tx.assignment.updateMany({ where: { inquiryId: inquiry.id, state: { in: [...OPEN_ASSIGNMENT_STATES] } }, data: { state: "CLOSED", closedAt: now } });
            for (const a of inquiry.assignments) if (isOpen(a.state)) a.state = "CLOSED";
            Object.assign(inquiryUpdate, outcome, { closedAt: now });
            event("CLOSED", { data: { outcome: input.outcome } });
            change = { action: "close" };
          } else {
            // A partner closes its own part; the gateway confirms the inquiry's close.
            await setAssignment(own!.id, { state: "CLOSED", closedAt: now, ...outcome });
            event("CLOSED", { targetOrganisationId: staff.organisationId, data: { outcome: input.outcome, part: true } });
          }
          break;
        }
        case "reopen":
          // Reopening keeps everything: the outcome, its figures and summary stay until the next close.
          if (gatewayAssignment) await setAssignment(gatewayAssignment.id, { state: "ACCEPTED", closedAt: null });
          inquiryUpdate.closedAt = null;
          event("REOPENED");
          break;
      }

      const status = nextStatus(input.action, inquiry.status, partnerStates(), holding);
      const { count } = await tx.inquiry.updateMany({
        where: { id: inquiry.id, version: input.version },
        data: { ...inquiryUpdate, status, version: { increment: 1 } },
      });
      if (count !== 1) throw new Conflict();
      // Accepting or returning changes the status only through the assignments; say so on the timeline.
      if (status !== inquiry.status && (input.action === "accept" || input.action === "return" || (input.action === "close" && status !== "CLOSED"))) {
        event("STATUS_CHANGED", { data: { from: inquiry.status, to: status } });
      }
      // Accepting releases the applicant's contact person to the partner (maySeeContact in
      // lib/domain/workflow.ts); the release is the recorded access (decision 0020).
      if (input.action === "accept") event("CONTACT_DISCLOSED", { targetOrganisationId: own!.organisationId });
      await tx.inquiryEvent.createMany({ data: events });
      // Partners, the gateway and the applicant are told (lib/notifications/), through the outbox.
      mailIds.push(...(await notifyWorkflowChange(tx, inquiry.id, change, { now, delivery })));
      return { ok: true } as const;
    });
    if (result.ok) handOver(delivery, mailIds);
    return result;
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, error: "conflict" };
    throw error;
  }
}

export async function addNote(staff: Staff, rawReference: string, rawBody: string, rawVisibility?: NoteVisibility): Promise<ActionResult> {
  const parsed = noteInput.safeParse({ reference: rawReference, body: rawBody, visibility: rawVisibility });
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { reference, body } = parsed.data;
  const visibility = parsed.data.visibility ?? defaultNoteVisibility(staff.role);
  const scope = visibleInquiries(staff);
  if (!scope) return { ok: false, error: "notFound" };
  if (!can(staff, "inquiry.note")) return { ok: false, error: "notAllowed" };
  const inquiry = await db().inquiry.findFirst({ where: { AND: [scope, { reference }] }, select: { id: true, anonymisedAt: true } });
  if (!inquiry) return { ok: false, error: "notFound" };
  if (inquiry.anonymisedAt) return { ok: false, error: "notAllowed" };
  await db().$transaction(async (tx) => {
    const note = await tx.inquiryNote.create({
      data: { inquiryId: inquiry.id, authorId: staff.userId, authorLabel: staff.name, organisationId: staff.organisationId, body, visibility },
    });
    await tx.inquiryEvent.create({
      data: { inquiryId: inquiry.id, type: "NOTE_ADDED", actorOrganisationId: staff.organisationId, actorLabel: staff.name, data: { noteId: note.id } },
    });
  });
  return { ok: true };
}
