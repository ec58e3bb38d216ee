// The authorization matrix of the staff actions: (gateway, Essen, Köln, admin) x
// (every workflow action, notes, detail, inbox) on one inquiry forwarded to Essen.
// Any allow that is not in the expected table fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import { loadInbox } from "@/lib/inquiries/inbox";
import { loadInquiryDetail } from "@/lib/inquiries/staff-detail";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { addNote, performAction, type ActionInput } from "@/lib/inquiries/workflow-service";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

const staff: Record<"gateway" | "essen" | "koeln" | "admin", Staff> = {} as never;
let reference = "";
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string | null, name: string): Promise<Staff> {
  const org = slug ? await db().organisation.findUniqueOrThrow({ where: { slug } }) : null;
  return {
    sessionId: `session-${name}`,
    userId: `user-${name}`,
    role,
    organisationId: org?.id ?? null,
    twoFactorEnabled: true,
    name,
    email: `${name}@example.org`,
    organisation: org && { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}

async function version() {
  return (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
}

function input(action: WorkflowAction, v: number): ActionInput {
  switch (action) {
    case "forward":
      return { action, reference, version: v, targetOrganisationIds: [ids["krefeld"]!] };
    case "return":
      return { action, reference, version: v, reason: "Not our focus" };
    case "close":
      return { action, reference, version: v, outcome: "referred" };
    default:
      return { action, reference, version: v };
  }
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.admin = await principal("ADMIN", null, "admin");
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: "authz-matrix-0000001", clientIp: "192.0.2.10", startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!submitted.ok || !submitted.inquiryId) throw new Error("fixture inquiry not stored");
  reference = submitted.reference;
  const forwarded = await performAction(staff.gateway, { action: "forward", reference, version: await version(), targetOrganisationIds: [ids["essen"]!] });
  expect(forwarded).toEqual({ ok: true });
});

describe("who may see the inquiry forwarded to Essen", () => {
  it("in the detail view", async () => {
    expect(await loadInquiryDetail(staff.gateway, reference)).not.toBeNull();
    expect(await loadInquiryDetail(staff.essen, reference)).not.toBeNull();
    expect(await loadInquiryDetail(staff.koeln, reference)).toBeNull();
    expect(await loadInquiryDetail(staff.admin, reference)).toBeNull();
  });

  it("in the inbox, searched by its reference", async () => {
    const found = async (s: Staff) => (await loadInbox(s, { q: reference }))?.rows.map((r) => r.reference) ?? null;
    expect(await found(staff.gateway)).toEqual([reference]);
    expect(await found(staff.essen)).toEqual([reference]);
    expect(await found(staff.koeln)).toEqual([]);
    expect(await found(staff.admin)).toBeNull();
  });
});

describe("which workflow actions each role may take on it (status FORWARDED)", () => {
  // Only these succeed; every other (role, action) pair must be refused and change nothing.
  const EXPECTED_ALLOWS = new Set(["gateway:forward", "gateway:close", "essen:accept", "essen:return"]);

  for (const who of ["gateway", "essen", "koeln", "admin"] as const) {
    for (const action of WORKFLOW_ACTIONS) {
      it(`${who} ${EXPECTED_ALLOWS.has(`${who}:${action}`) ? "may" : "may not"} ${action}`, async () => {
        const before = await version();
        const result = await performAction(staff[who], input(action, before));
        if (EXPECTED_ALLOWS.has(`${who}:${action}`)) {
          expect(result).toEqual({ ok: true });
          // Each cell starts from the same state.
          await resetToForwarded();
        } else {
          expect(result.ok).toBe(false);
          expect(await version()).toBe(before);
        }
      });
    }
  }

  it("notes: gateway and Essen may add one, Köln and the administrator may not", async () => {
    expect(await addNote(staff.gateway, reference, "Rückruf vereinbart")).toEqual({ ok: true });
    expect(await addNote(staff.essen, reference, "Termin am Kennedyplatz")).toEqual({ ok: true });
    expect(await addNote(staff.koeln, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await addNote(staff.admin, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await db().inquiryNote.count()).toBe(2);
  });
});

/** Puts the inquiry back to "forwarded to Essen, pending" after an allowed action. */
async function resetToForwarded() {
  const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference } });
  await db().assignment.deleteMany({ where: { inquiryId: inquiry.id, organisationId: { notIn: [ids["nrw-global-business"]!] } } });
  await db().assignment.updateMany({ where: { inquiryId: inquiry.id }, data: { state: "ACCEPTED", closedAt: null } });
  await db().assignment.create({ data: { inquiryId: inquiry.id, organisationId: ids["essen"]! } });
  await db().inquiry.update({ where: { id: inquiry.id }, data: { status: "FORWARDED", closedAt: null, outcome: null } });
}

describe("the workflow end to end", () => {
  it("a return with nobody else holding it sends the inquiry back to the gateway", async () => {
    await resetToForwarded();
    expect(await performAction(staff.essen, input("return", await version()))).toEqual({ ok: true });
    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference }, include: { events: true } });
    expect(inquiry.status).toBe("TRIAGED");
    expect(inquiry.events.map((e) => e.type)).toContain("RETURNED");
    // Essen no longer sees what it returned.
    expect(await loadInquiryDetail(staff.essen, reference)).toBeNull();
  });

  it("a stale version is a conflict and changes nothing", async () => {
    await resetToForwarded();
    const stale = (await version()) - 1;
    expect(await performAction(staff.gateway, input("close", stale))).toEqual({ ok: false, error: "conflict" });
    expect((await db().inquiry.findUniqueOrThrow({ where: { reference } })).status).toBe("FORWARDED");
  });

  it("accept, start and close walk the inquiry to CLOSED with a timeline entry each", async () => {
    await resetToForwarded();
    for (const action of ["accept", "start", "close"] as const) {
      expect(await performAction(staff.essen, input(action, await version()))).toEqual({ ok: true });
    }
    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { id: "asc" } }, assignments: true } });
    expect(inquiry.status).toBe("CLOSED");
    expect(inquiry.outcome).toBe("referred");
    expect(inquiry.assignments.every((a) => a.state === "CLOSED")).toBe(true);
    expect(inquiry.events.map((e) => e.type).slice(-4)).toEqual(["ACCEPTED", "STATUS_CHANGED", "STATUS_CHANGED", "CLOSED"]);
  });
});

describe("an administrator who has not set up two-factor authentication", () => {
  it("is refused everything, even what the role table grants administrators", async () => {
    const unenrolled: Staff = { ...staff.admin, userId: "user-admin-without-2fa", twoFactorEnabled: false };
    expect(can(unenrolled, "staff.manage")).toBe(false);
    expect(await loadInquiryDetail(unenrolled, reference)).toBeNull();
    expect(await loadInbox(unenrolled, { q: reference })).toBeNull();
    const before = await version();
    for (const action of WORKFLOW_ACTIONS) expect((await performAction(unenrolled, input(action, before))).ok, action).toBe(false);
    expect(await addNote(unenrolled, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await version()).toBe(before);
  });
});
