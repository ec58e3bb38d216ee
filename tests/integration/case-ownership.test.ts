// A named owner inside each organisation (issue #17): "assign to me", to an active
// colleague of the same organisation or to nobody; each change is a timeline entry;
// the inbox filters "mine" and "unassigned" follow the viewer's organisation; a
// deactivated account leaves its cases unassigned, with an entry, in one transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { setStaffActive } from "@/lib/auth/accounts";
import type { Staff } from "@/lib/auth/session";
import { loadInbox } from "@/lib/casework/inbox";
import { assignOwner } from "@/lib/casework/ownership";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { performAction } from "@/lib/casework/workflow-service";
import { db } from "@/lib/db/client";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "gateway2" | "essen" | "essen2" | "koeln", Staff> = {} as never;
let ids: Record<string, string> = {};
let first = "";
let second = "";

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
const ownerAt = async (reference: string, slug: string) =>
  (await db().assignment.findFirst({ where: { inquiry: { reference }, organisationId: ids[slug]!, state: { in: ["PENDING", "ACCEPTED"] } } }))?.ownerId ?? null;
const references = async (s: Staff, owner: "mine" | "unassigned") => ((await loadInbox(s, { owner }))?.rows.map((r) => r.reference) ?? []).sort();

async function submitted(key: string): Promise<string> {
  const result = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: `ownership-fixture-${key}`, clientIp: "192.0.2.41", startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!result.ok) throw new Error("fixture inquiry not stored");
  return result.reference;
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.gateway2 = await principal("GATEWAY", "nrw-global-business", "gateway2");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.essen2 = await principal("PARTNER", "essen", "essen2");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  await db().user.createMany({
    data: [
      ...Object.values(staff).map((s) => ({ id: s.userId, name: s.name, email: s.email, role: s.role, organisationId: s.organisationId })),
      { id: "user-essen-inactive", name: "Inaktiv", email: "inactive@essen.example.org", role: "PARTNER" as const, organisationId: ids["essen"]!, active: false },
    ],
  });
  first = await submitted("000001");
  second = await submitted("000002");
  for (const reference of [first, second]) {
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!] })).toEqual({ ok: true });
  }
});

describe("naming an owner", () => {
  it("assign to me, then to a colleague, each an entry on the timeline", async () => {
    expect(await assignOwner(staff.essen, { reference: first, ownerId: staff.essen.userId, expectedOwnerId: "" })).toEqual({ ok: true });
    expect(await ownerAt(first, "essen")).toBe(staff.essen.userId);
    expect(await assignOwner(staff.essen, { reference: first, ownerId: staff.essen2.userId, expectedOwnerId: staff.essen.userId })).toEqual({ ok: true });
    expect(await ownerAt(first, "essen")).toBe(staff.essen2.userId);
    // The gateway's own ownership is separate from Essen's.
    expect(await ownerAt(first, "nrw-global-business")).toBeNull();

    const events = await db().inquiryEvent.findMany({ where: { inquiry: { reference: first }, type: "OWNER_CHANGED" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorLabel, e.targetOrganisationId, e.data])).toEqual([
      ["essen", ids["essen"], { ownerId: "user-essen", ownerLabel: "essen", previousLabel: null }],
      ["essen", ids["essen"], { ownerId: "user-essen2", ownerLabel: "essen2", previousLabel: "essen" }],
    ]);
    // The case page shows the owner per assignment.
    const detail = await loadInquiryDetail(staff.gateway, first);
    expect(detail?.inquiry.assignments.find((a) => a.organisationId === ids["essen"])?.owner).toMatchObject({ id: "user-essen2", name: "essen2", active: true });
  });

  it("refuses a colleague of another organisation, an inactive one, a stale form and an organisation that does not hold the case", async () => {
    const expectedOwnerId = staff.essen2.userId;
    expect(await assignOwner(staff.essen, { reference: first, ownerId: staff.koeln.userId, expectedOwnerId })).toEqual({ ok: false, error: "notColleague" });
    expect(await assignOwner(staff.essen, { reference: first, ownerId: staff.gateway.userId, expectedOwnerId })).toEqual({ ok: false, error: "notColleague" });
    expect(await assignOwner(staff.essen, { reference: first, ownerId: "user-essen-inactive", expectedOwnerId })).toEqual({ ok: false, error: "notColleague" });
    expect(await assignOwner(staff.essen, { reference: first, ownerId: staff.essen.userId, expectedOwnerId: "" })).toEqual({ ok: false, error: "conflict" });
    expect(await assignOwner(staff.koeln, { reference: first, ownerId: staff.koeln.userId, expectedOwnerId: "" })).toEqual({ ok: false, error: "notFound" });
    expect(await assignOwner(staff.essen, { reference: "not-a-reference", ownerId: "", expectedOwnerId: "" })).toEqual({ ok: false, error: "invalid" });
    expect(await ownerAt(first, "essen")).toBe(staff.essen2.userId);
    expect(await db().inquiryEvent.count({ where: { inquiry: { reference: first }, type: "OWNER_CHANGED" } })).toBe(2);
  });

  it("back to nobody is an entry too; the gateway names its own owner", async () => {
    expect(await assignOwner(staff.essen2, { reference: second, ownerId: staff.essen2.userId, expectedOwnerId: "" })).toEqual({ ok: true });
    expect(await assignOwner(staff.essen, { reference: second, ownerId: "", expectedOwnerId: staff.essen2.userId })).toEqual({ ok: true });
    expect(await ownerAt(second, "essen")).toBeNull();
    const last = await db().inquiryEvent.findFirst({ where: { inquiry: { reference: second }, type: "OWNER_CHANGED" }, orderBy: { id: "desc" } });
    expect(last?.data).toEqual({ ownerId: null, ownerLabel: null, previousLabel: "essen2" });
    expect(await assignOwner(staff.gateway, { reference: second, ownerId: staff.gateway2.userId, expectedOwnerId: "" })).toEqual({ ok: true });
    expect(await ownerAt(second, "nrw-global-business")).toBe(staff.gateway2.userId);
  });
});

describe("the inbox filters", () => {
  it("'mine' and 'unassigned' follow the viewer's own organisation", async () => {
    // first: Essen owner essen2, gateway none. second: Essen none, gateway gateway2.
    expect(await references(staff.essen2, "mine")).toEqual([first]);
    expect(await references(staff.essen, "mine")).toEqual([]);
    expect(await references(staff.essen, "unassigned")).toEqual([second]);
    expect(await references(staff.gateway2, "mine")).toEqual([second]);
    expect(await references(staff.gateway, "unassigned")).toEqual([first]);
    expect(await references(staff.koeln, "unassigned")).toEqual([]);
  });

  it("the inbox row names the viewer's organisation's owner", async () => {
    const rows = (await loadInbox(staff.essen, {}))!.rows;
    const row = rows.find((r) => r.reference === first)!;
    expect(row.assignments.find((a) => a.organisationId === ids["essen"])?.owner?.name).toBe("essen2");
  });
});

describe("deactivating a staff member", () => {
  it("leaves their cases unassigned, each with an entry, and the filters say so", async () => {
    const cleared = await setStaffActive(db(), staff.essen2.userId, false, { organisationId: null, label: "Jonas Becker" });
    expect(cleared).toBe(1);
    expect(await ownerAt(first, "essen")).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: staff.essen2.userId } })).active).toBe(false);
    const last = await db().inquiryEvent.findFirst({ where: { inquiry: { reference: first }, type: "OWNER_CHANGED" }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ actorLabel: "Jonas Becker", actorOrganisationId: null, targetOrganisationId: ids["essen"], data: { ownerId: null, previousLabel: "essen2", reason: "deactivated" } });
    expect(await references(staff.essen, "unassigned")).toEqual([first, second].sort());
    // Reactivation gives nothing back.
    expect(await setStaffActive(db(), staff.essen2.userId, true)).toBe(0);
    expect(await ownerAt(first, "essen")).toBeNull();
  });
});
