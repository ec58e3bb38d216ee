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
import { exportApplicantData } from "@/lib/dataprotection/applicant";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import type { TranslationEngine } from "@/lib/translation/engines";
import { casesWithNewTexts, planTranslations, saveHumanTranslation, translateDue } from "@/lib/translation/store";
import { caseTexts, sourcesAllowedToLeave } from "@/lib/translation/texts";
import { visibleSources } from "@/lib/translation/view";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "essen" | "koeln", Staff> = {} as never;
let ids: Record<string, string> = {};

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;

/** A Japanese inquiry, stored; returns its reference. */
async function submitted(n: number, contactEmail?: string): Promise<string> {
  const result = await submitInquiry(
    { answers: { ...japaneseAnswers, ...(contactEmail ? { contactEmail } : {}) }, locale: "ja", idempotencyKey: `withdraw-fixture-00000${n}`, clientIp: `192.0.2.${29 + n}`, startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!result.ok) throw new Error("fixture inquiry not stored");
  return result.reference;
}

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
    const reference = await submitted(1);
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

// An engine that answers at once and says what it was asked (the HTTP engines are tested in translations.test.ts).
const engine: TranslationEngine = { name: "LibreTranslate", translate: async (text, target, source) => ({ text: `[${target}] ${text}`, detected: source }) };

describe("the withdrawal's reason as a text of the case (decision 0028)", () => {
  it("is stored with its language, translated in the background, readable beside a human translation, exported and blanked", async () => {
    const reference = await submitted(2, "withdraw-translate@example.jp");
    const { id } = await db().inquiry.findUniqueOrThrow({ where: { reference } });
    // A gateway colleague reads Japanese: the reason needs a Japanese translation.
    await db().user.create({ data: { id: "gateway-ja", name: "Sato Yui", email: "sato@gateway.example.org", role: "GATEWAY", organisationId: ids["nrw-global-business"]!, readingLocale: "ja" } });
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["koeln"]!] })).toEqual({ ok: true });
    const since = new Date(Date.now() - 1000);
    const reason = "Köln antwortet nicht; wir leiten an Essen weiter.";
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason }, { locale: "de" })).toEqual({ ok: true });

    // Recorded with the language of the form it was written in.
    const event = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: id, type: "WITHDRAWN" } });
    expect(event.data).toEqual({ reason, locale: "de" });
    const koeln = await db().assignment.findFirstOrThrow({ where: { inquiryId: id, organisationId: ids["koeln"] } });
    expect((await caseTexts(db(), id)).filter((t) => t.sourceId === koeln.id)).toEqual([
      { source: "WITHDRAWAL_REASON", sourceId: koeln.id, body: reason, locale: "de", readers: null },
    ]);
    // The gateway reads it on the case page (the partner no longer sees the case).
    const detail = (await loadInquiryDetail(staff.gateway, reference))!;
    expect(visibleSources(detail, [])).toContainEqual({ source: "WITHDRAWAL_REASON", sourceId: koeln.id });

    // The sweep finds the case by its WITHDRAWN event; TRANSLATE_FIELDS names it "withdrawal", not "return".
    expect(await casesWithNewTexts(db(), since)).toContain(id);
    expect(await planTranslations(db(), id, sourcesAllowedToLeave("return"))).toBe(0);
    expect(await planTranslations(db(), id, sourcesAllowedToLeave("withdrawal"))).toBe(1);
    expect(await translateDue(db(), engine, { firstDelaySeconds: 30 })).toMatchObject({ translated: 1 });
    const row = await db().textTranslation.findFirstOrThrow({ where: { source: "WITHDRAWAL_REASON", sourceId: koeln.id } });
    expect(row).toMatchObject({ sourceLocale: "de", targetLocale: "ja", status: "DONE", kind: "MACHINE", body: `[ja] ${reason}` });

    // Without an engine a person writes the translation (here: the English one).
    await saveHumanTranslation(db(), { inquiryId: id, source: "WITHDRAWAL_REASON", sourceId: koeln.id, targetLocale: "en", body: "Cologne does not answer; we forward to Essen.", translator: { id: "user-gateway", label: "gateway" } });

    const exported = (await exportApplicantData(staff.gateway, "withdraw-translate@example.jp"))!.inquiries[0]!;
    expect(exported.assignments).toContainEqual(expect.objectContaining({ state: "WITHDRAWN", returnReason: reason }));
    expect(exported.translations.filter((t) => t.of === "withdrawal_reason").map((t) => [t.language, t.originalLanguage, t.kind, t.text])).toEqual([
      ["en", null, "human", "Cologne does not answer; we forward to Essen."],
      ["ja", "de", "machine", `[ja] ${reason}`],
    ]);

    // Anonymisation blanks the reason, its translations and the event's copy of it.
    expect(await anonymiseInquiry(db(), id, { ground: "request", actor: null })).toBe(true);
    expect((await db().assignment.findUniqueOrThrow({ where: { id: koeln.id } })).returnReason).toBeNull();
    expect((await db().textTranslation.findMany({ where: { source: "WITHDRAWAL_REASON", sourceId: koeln.id } })).map((t) => t.body)).toEqual(["", ""]);
    const after = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: id, type: "WITHDRAWN" } });
    expect(JSON.stringify(after.data)).not.toContain("Köln antwortet");
  });

  it("takes a reason with kana as Japanese whatever the form's language", async () => {
    const reference = await submitted(3);
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["koeln"]!] })).toEqual({ ok: true });
    expect(await withdrawForward(staff.gateway, { reference, version: await version(reference), organisationId: ids["koeln"]!, reason: "ケルンから返答がありません。" }, { locale: "de" })).toEqual({ ok: true });
    const event = await db().inquiryEvent.findFirstOrThrow({ where: { inquiry: { reference }, type: "WITHDRAWN" } });
    expect(event.data).toEqual({ reason: "ケルンから返答がありません。", locale: "ja" });
  });
});
