// The gateway withdraws a pending forward: the partner loses access at once (the
// detail view and inbox no longer find it: the page answers 404), the timeline
// records it, and the partner's staff are told through the outbox.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { withdrawForward } from "@/lib/casework/forward-withdrawal";
import { loadInbox } from "@/lib/casework/inbox";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { performAction } from "@/lib/casework/workflow-service";
import { db } from "@/lib/db/client";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "essen" | "koeln", Staff> = {} as never;
let ids: Record<string, string> = {};

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  await db().user.createMany({
    data: [
      { id: "koeln-1", name: "Jonas Becker", email: "jonas.becker@koeln.example.org", role: "PARTNER", organisationId: ids["koeln"]! },
      { id: "koeln-2", name: "Inaktiv", email: "inactive@koeln.example.org", role: "PARTNER", organisationId: ids["koeln"]!, active: false },
    ],
  });
});

describe("withdrawing a pending forward", () => {
  it("removes the partner's access at once, writes the event and tells the partner's active staff", async () => {
    const submitted = await submitInquiry(
      { answers: japaneseAnswers, locale: "ja", idempotencyKey: "withdraw-fixture-000001", clientIp: "192.0.2.30", startedAt: aMinuteAgo() },
      { mailDelivery: "outbox" },
    );
    if (!submitted.ok) throw new Error("fixture inquiry not stored");
    const { reference } = submitted;
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!, ids["koeln"]!] })).toEqual({ ok: true });
    expect(await loadInquiryDetail(staff.koeln, reference)).not.toBeNull();

    // Only the gateway withdraws, only a pending forward, and only with a reason.
    expect(await withdrawForward(staff.essen, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "Nicht zuständig" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "" })).toEqual({ ok: false, error: "invalid" });
    expect(await withdrawForward(staff.gateway, { reference, version: (await version(reference)) - 1, organisationId: ids["koeln"]!, reason: "Köln antwortet nicht" })).toEqual({ ok: false, error: "conflict" });

    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "Köln antwortet nicht" })).toEqual({ ok: true });
    // The next request by Köln finds nothing (the detail page answers 404), nor does its inbox.
    expect(await loadInquiryDetail(staff.koeln, reference)).toBeNull();
    expect((await loadInbox(staff.koeln, { q: reference }))?.rows).toEqual([]);
    expect(await loadInquiryDetail(staff.essen, reference)).not.toBeNull();

    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference }, include: { assignments: true, events: { orderBy: { id: "asc" } } } });
    expect(inquiry.status).toBe("FORWARDED");
    expect(inquiry.assignments.find((a) => a.organisationId === ids["koeln"])?.state).toBe("WITHDRAWN");
    expect(inquiry.events.at(-1)).toMatchObject({ type: "WITHDRAWN", targetOrganisationId: ids["koeln"], actorLabel: "gateway", data: { reason: "Köln antwortet nicht" } });

    const mails = await db().outboundMail.findMany({ where: { inquiryId: inquiry.id, kind: "FORWARD_WITHDRAWN" } });
    expect(mails.map((m) => m.toAddress)).toEqual(["jonas.becker@koeln.example.org"]);
    expect(mails[0]).toMatchObject({ locale: "de", status: "OUTBOX", subject: `Weiterleitung ${reference} zurückgezogen` });
    expect(mails[0]!.text).toContain("Köln antwortet nicht");
    // No applicant data in the notice.
    expect(mails[0]!.text).not.toContain(inquiry.contactName);

    // A second withdrawal, or one of an accepted forward, is refused.
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "noch einmal" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await performAction(staff.essen, { action: "accept", reference, version: await version(reference) })).toEqual({ ok: true });
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["essen"]!, reason: "zu spät" })).toEqual({ ok: false, error: "notAllowed" });

    // Re-forwarding to Köln keeps the history: a new assignment beside the withdrawn one.
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["koeln"]!] })).toEqual({ ok: true });
    const koeln = await db().assignment.findMany({ where: { inquiryId: inquiry.id, organisationId: ids["koeln"] }, orderBy: { assignedAt: "asc" } });
    expect(koeln.map((a) => a.state)).toEqual(["WITHDRAWN", "PENDING"]);
  });
});
