import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GATEWAY_SLUG } from "@/lib/domain/catalog";
import { createDraft, findDraft } from "@/lib/inquiries/drafts";
import { REFERENCE_PATTERN } from "@/lib/inquiries/reference";
import { lookupInquiryStatus } from "@/lib/inquiries/status-lookup";
import { PRIVACY_NOTICE_VERSION } from "@/lib/inquiries/schema";
import { submitInquiry, type SubmitInquiryInput } from "@/lib/inquiries/submit-inquiry";
import { forgetOrganisationDirectory } from "@/lib/inquiries/submit-context";
import { closeRateLimitPool } from "@/lib/security/rate-limit";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

let ipCounter = 1;
const input = (overrides: Partial<SubmitInquiryInput> = {}): SubmitInquiryInput => ({
  answers: japaneseAnswers,
  locale: "ja",
  idempotencyKey: randomUUID(),
  clientIp: `198.51.100.${ipCounter++}`,
  startedAt: aMinuteAgo(),
  ...overrides,
});

beforeAll(async () => {
  await seedOrganisations(db());
});
afterAll(async () => {
  await closeRateLimitPool();
});

describe("submitting an inquiry", () => {
  it("stores it exactly as entered and routes it to NRW.Global Business only", async () => {
    const result = await submitInquiry(input());
    expect(result.ok).toBe(true);
    if (!result.ok || !result.inquiryId) throw new Error("not stored");
    expect(result.reference).toMatch(/^NT-\d{4}-\d{5}$/);

    const inquiry = await db().inquiry.findUniqueOrThrow({
      where: { id: result.inquiryId },
      include: { preferences: { include: { organisation: true } }, assignments: { include: { organisation: true } }, events: { orderBy: { id: "asc" } } },
    });
    const { preferredMunicipalities, privacyConsent, ...fields } = japaneseAnswers;
    expect(privacyConsent).toBe(true);
    expect(inquiry).toMatchObject({ ...fields, reference: result.reference, status: "NEW", locale: "ja", privacyNoticeVersion: PRIVACY_NOTICE_VERSION });
    expect(inquiry.companyName).toBe("株式会社サクラロボティクス");
    expect(inquiry.contactName).toBe("山田 花子");
    expect(inquiry.contactPhone).toBe("+81368124410");
    expect(inquiry.description).toContain("\n");

    // Preferences are recorded for triage, not turned into assignments.
    expect(inquiry.preferences.map((p) => p.organisation.slug).sort()).toEqual([...preferredMunicipalities].sort());
    expect(inquiry.assignments.map((a) => [a.organisation.slug, a.state])).toEqual([[GATEWAY_SLUG, "PENDING"]]);
    const gatewayId = inquiry.assignments[0]!.organisationId;
    expect(inquiry.events.map((e) => [e.type, e.targetOrganisationId])).toEqual([
      ["SUBMITTED", null],
      ["ROUTED_TO_GATEWAY", gatewayId],
    ]);
  });

  it("writes both mails into the outbox when no SMTP server is configured", async () => {
    const result = await submitInquiry(input());
    if (!result.ok || !result.inquiryId) throw new Error("not stored");
    const mails = await db().outboundMail.findMany({ where: { inquiryId: result.inquiryId }, orderBy: { kind: "asc" } });
    expect(mails.map((m) => [m.kind, m.status, m.locale])).toEqual([
      ["GATEWAY_NOTIFICATION", "OUTBOX", "de"],
      ["INQUIRY_CONFIRMATION", "OUTBOX", "ja"],
    ]);
    const [gateway, confirmation] = mails;
    expect(gateway!.toAddress).toBe((await db().organisation.findUniqueOrThrow({ where: { slug: GATEWAY_SLUG } })).email);
    expect(gateway!.subject).toContain(result.reference);
    expect(gateway!.text).toContain(`/de/admin/inquiries/${result.reference}`);
    expect(gateway!.text).toContain("Düsseldorf, Krefeld");
    expect(confirmation!.toAddress).toBe("hanako.yamada@example.jp");
    expect(confirmation!.subject).toContain(result.reference);
    expect(confirmation!.text).toContain("山田 花子 様");
    expect(confirmation!.text).toContain("株式会社サクラロボティクス");
    expect(confirmation!.text).toContain("デュッセルドルフ");
  });

  it("returns the same reference for a repeated or concurrent final step, and stores one inquiry", async () => {
    const idempotencyKey = randomUUID();
    const [a, b] = await Promise.all([submitInquiry(input({ idempotencyKey })), submitInquiry(input({ idempotencyKey }))]);
    const c = await submitInquiry(input({ idempotencyKey }));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(new Set([a.reference, b.reference, c.reference]).size).toBe(1);
    expect(c.duplicate).toBe(true);
    expect(await db().inquiry.count({ where: { idempotencyKey } })).toBe(1);
    expect(await db().outboundMail.count({ where: { inquiry: { idempotencyKey } } })).toBe(2);
  });

  it("pretends success but stores nothing when the honeypot is filled", async () => {
    const before = { inquiries: await db().inquiry.count(), mails: await db().outboundMail.count() };
    const result = await submitInquiry(input({ honeypot: "https://spam.example" }));
    expect(result).toMatchObject({ ok: true, inquiryId: null });
    if (result.ok) expect(result.reference).toMatch(/^NT-\d{4}-\d{5}$/);
    expect(await db().inquiry.count()).toBe(before.inquiries);
    expect(await db().outboundMail.count()).toBe(before.mails);
  });

  it("refuses a submission faster than the minimum fill time", async () => {
    const result = await submitInquiry(input({ startedAt: new Date() }), { minFillSeconds: 3 });
    expect(result).toEqual({ ok: false, reason: "too-fast" });
  });

  it("refuses the sixth submission from one address within the hour", async () => {
    const clientIp = "203.0.113.99";
    for (let i = 0; i < 5; i++) expect((await submitInquiry(input({ clientIp }), { rateLimitPerHour: 5 })).ok).toBe(true);
    const sixth = await submitInquiry(input({ clientIp }), { rateLimitPerHour: 5 });
    expect(sixth).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!sixth.ok && sixth.reason === "rate-limited") expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await submitInquiry(input({ clientIp: "203.0.113.100" }), { rateLimitPerHour: 5 })).ok).toBe(true);
  });

  it("refuses answers that do not pass the schema, with field errors", async () => {
    const result = await submitInquiry(input({ answers: { ...japaneseAnswers, contactEmail: "not an address" } }));
    expect(result).toEqual({ ok: false, reason: "invalid", errors: { contactEmail: "format" } });
  });

  it("marks the draft as submitted and forgets its answers", async () => {
    const draft = await createDraft(db(), aMinuteAgo(), { answers: { direction: { direction: "TOKYO_TO_NRW" } } });
    const result = await submitInquiry(input({ draftId: draft.id, idempotencyKey: draft.data.idempotencyKey }));
    if (!result.ok) throw new Error("refused");
    const stored = await findDraft(db(), draft.id);
    expect(stored?.submitted).toBe(true);
    expect(stored?.data.confirmation).toEqual({ reference: result.reference });
    expect(stored?.data.answers).toEqual({});
  });
});

describe("reference numbers", () => {
  const seqOf = (reference: string) => Number(REFERENCE_PATTERN.exec(reference)![2]);

  it("gives concurrent submissions distinct references, and later submissions higher ones", async () => {
    const concurrent = await Promise.all(Array.from({ length: 12 }, () => submitInquiry(input())));
    const first = concurrent.map((r) => (r.ok ? r.reference : "refused"));
    expect(new Set(first).size).toBe(12);
    expect(first.every((r) => REFERENCE_PATTERN.test(r))).toBe(true);
    const later = await submitInquiry(input());
    if (!later.ok) throw new Error("refused");
    expect(seqOf(later.reference)).toBeGreaterThan(Math.max(...first.map(seqOf)));
    expect(await db().inquiry.count({ where: { reference: { in: [...first, later.reference] } } })).toBe(13);
  });

  it("never hands out a number twice, also when a submission fails after taking one", async () => {
    const before = await submitInquiry(input());
    // An unknown draft id is not an error, but a malformed one makes the storing statement fail after numbering.
    await expect(submitInquiry(input({ draftId: "not-a-uuid" }))).rejects.toThrow();
    const after = await submitInquiry(input());
    if (!before.ok || !after.ok) throw new Error("refused");
    // The failed submission's number stays unused: a gap, never a duplicate.
    expect(seqOf(after.reference)).toBe(seqOf(before.reference) + 2);
  });
});

describe("a double click that overtakes the draft check", () => {
  it("returns the first inquiry when the key was stored meanwhile, and stores nothing more", async () => {
    const draft = await createDraft(db(), aMinuteAgo(), { answers: { direction: { direction: "TOKYO_TO_NRW" } } });
    const idempotencyKey = draft.data.idempotencyKey;
    const first = await submitInquiry(input({ idempotencyKey }));
    if (!first.ok) throw new Error("refused");
    // The action read the draft before the first submission was stored: it vouches that the key is unused.
    const second = await submitInquiry(input({ idempotencyKey, draftId: draft.id, draftUnsubmitted: true }));
    expect(second).toMatchObject({ ok: true, reference: first.reference, inquiryId: first.inquiryId, duplicate: true });
    expect(await db().inquiry.count({ where: { idempotencyKey } })).toBe(1);
    expect(await db().outboundMail.count({ where: { inquiry: { idempotencyKey } } })).toBe(2);
    // The draft is left as it was: the losing statement wrote nothing.
    expect((await findDraft(db(), draft.id))?.submitted).toBe(false);
  });
});

describe("the organisations a submission reads", () => {
  it("are read again after the snapshot is forgotten, e.g. a new gateway address", async () => {
    await submitInquiry(input());
    await db().organisation.update({ where: { slug: GATEWAY_SLUG }, data: { email: "triage@gateway.example" } });
    forgetOrganisationDirectory(db());
    const result = await submitInquiry(input());
    if (!result.ok || !result.inquiryId) throw new Error("not stored");
    const notification = await db().outboundMail.findFirstOrThrow({ where: { inquiryId: result.inquiryId, kind: "GATEWAY_NOTIFICATION" } });
    expect(notification.toAddress).toBe("triage@gateway.example");
  });
});

describe("the status look-up", () => {
  it("finds an inquiry by reference and e-mail address, and answers a wrong pair like an unknown reference", async () => {
    const result = await submitInquiry(input());
    if (!result.ok) throw new Error("refused");
    const found = await lookupInquiryStatus(db(), result.reference, "HANAKO.YAMADA@example.jp", "ja");
    expect(found).toMatchObject({ reference: result.reference, stage: "received", handledBy: [] });
    expect(await lookupInquiryStatus(db(), result.reference, "someone@example.jp", "ja")).toBeUndefined();
    expect(await lookupInquiryStatus(db(), "NT-1999-00001", "hanako.yamada@example.jp", "ja")).toBeUndefined();
  });

  it("takes no wildcard from the address: % and _ answer like a wrong address (issue #14, finding 1)", async () => {
    const result = await submitInquiry(input());
    if (!result.ok) throw new Error("refused");
    for (const probe of ["%@%", "%", "h%@%", "H%@%", "hanako_yamada@example.jp", "HANAKO_YAMADA@EXAMPLE.JP", "%@example.jp", "hanako.yamada@example.jp%", "\\%@%"]) {
      expect(await lookupInquiryStatus(db(), result.reference, probe, "ja"), probe).toBeUndefined();
    }
    expect(await lookupInquiryStatus(db(), result.reference, "Hanako.Yamada@Example.JP", "ja")).toMatchObject({ reference: result.reference });
  });
});
