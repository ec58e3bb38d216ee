// The submit path under arbitrary answers: it never fails with an unexpected
// error; an inquiry is either stored exactly as validated or refused with field errors.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MUNICIPALITY_SLUGS, SECTORS, SUPPORT_SERVICES } from "@/lib/domain/catalog";
import { normalisePhone } from "@/lib/inquiries/phone";
import { parseInquiry, type InquiryAnswers } from "@/lib/inquiries/schema";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { closeRateLimitPool } from "@/lib/security/rate-limit";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

const text = fc.oneof(fc.string({ unit: "grapheme", minLength: 0, maxLength: 80 }), fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("山田 花子", "Müller & Söhne", " \u0000 ", "'; DROP TABLE \"Inquiry\"; --"));
const longText = fc.oneof(text, fc.string({ unit: "grapheme", minLength: 40, maxLength: 300 }), fc.constant("説明".repeat(40)));
const whatever = fc.oneof(fc.anything(), text);

// Each field is usually a plausible answer, sometimes something arbitrary.
const usually = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 24 }, { arbitrary: bad, weight: 1 });
const answers = fc.record({
  direction: usually(fc.constantFrom("TOKYO_TO_NRW", "NRW_TO_TOKYO", "RESEARCH"), whatever),
  companyName: usually(fc.constantFrom(japaneseAnswers.companyName, "Müller & Söhne Präzisionstechnik GmbH", "  株式会社ことのはAI  "), text),
  companyNameLatin: usually(fc.constantFrom(undefined, "", "Kotonoha AI Inc."), fc.oneof(fc.constant("Sakura Robotics K.K."), text)),
  website: usually(fc.constant(undefined), fc.oneof(fc.webUrl(), text)),
  hqCity: usually(fc.constant("東京都港区"), text),
  hqCountry: usually(fc.constantFrom("JP", "DE", "jp"), text),
  sizeBand: usually(fc.constant("10-49"), whatever),
  foundedYear: usually(fc.oneof(fc.constant(undefined), fc.integer({ min: 1800, max: 2025 }), fc.constant("２０１９")), fc.oneof(fc.integer({ min: 1700, max: 2100 }), text)),
  isStartup: usually(fc.boolean(), fc.oneof(fc.constantFrom("yes", "no"), whatever)),
  sectors: usually(fc.subarray([...SECTORS], { minLength: 1 }), fc.oneof(fc.array(text, { maxLength: 3 }), whatever)),
  supportNeeds: usually(fc.subarray([...SUPPORT_SERVICES], { minLength: 1 }), whatever),
  timeline: usually(fc.constant("0-6"), whatever),
  plannedInvestment: usually(fc.constant(undefined), fc.oneof(fc.constant("gt-20m"), whatever)),
  plannedJobs: usually(fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 100_000 })), fc.oneof(fc.integer({ min: -5, max: 200_000 }), text)),
  preferredMunicipalities: usually(fc.subarray([...MUNICIPALITY_SLUGS]), whatever),
  description: usually(fc.constant(japaneseAnswers.description), longText),
  contactName: usually(fc.constant("山田 花子"), text),
  contactRole: usually(fc.constantFrom(undefined, "CEO", "海外事業部 部長"), text),
  // fc.emailAddress() produces RFC-valid addresses that the form rightly refuses (quoted parts,
  // odd domains), so it belongs to the arbitrary side; the plausible side must be plausible.
  contactEmail: usually(fc.constantFrom("hanako.yamada@example.jp", "m.mueller@example.de", "info+nrw@example.com"), fc.oneof(fc.emailAddress(), text)),
  contactPhone: usually(fc.constantFrom("+81 3 6812 4410", "+49 211 1234567"), text),
  replyLocale: usually(fc.constantFrom("de", "ja", "en"), whatever),
  privacyConsent: usually(fc.constant("yes"), fc.oneof(fc.constant(true), whatever)),
});

beforeAll(async () => {
  await seedOrganisations(db());
});
afterAll(async () => {
  await closeRateLimitPool();
});

describe("the submit path", () => {
  it("stores valid answers exactly as validated and refuses the rest with field errors", async () => {
    let stored = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(answers, async (raw) => {
        const parsed = parseInquiry(raw, { phone: normalisePhone });
        const result = await submitInquiry(
          { answers: raw as unknown as InquiryAnswers, locale: "de", idempotencyKey: randomUUID(), clientIp: "192.0.2.1", startedAt: aMinuteAgo() },
          { rateLimitPerHour: 100_000 },
        );
        if (!parsed.ok) {
          refused++;
          expect(result).toEqual({ ok: false, reason: "invalid", errors: parsed.errors });
          return;
        }
        stored++;
        if (!result.ok || !result.inquiryId) throw new Error(`valid answers refused: ${JSON.stringify(result)}`);
        const inquiry = await db().inquiry.findUniqueOrThrow({ where: { id: result.inquiryId }, include: { preferences: { include: { organisation: true } } } });
        const { preferredMunicipalities, ...fields } = parsed.data;
        const optional = ["companyNameLatin", "website", "foundedYear", "plannedInvestment", "plannedJobs", "contactRole"] as const;
        const expected: Record<string, unknown> = { ...fields, ...Object.fromEntries(optional.map((k) => [k, fields[k] ?? null])) };
        delete expected.privacyConsent;
        expect(inquiry).toMatchObject(expected);
        expect(inquiry.preferences.map((p) => p.organisation.slug).sort()).toEqual([...preferredMunicipalities].sort());
      }),
      { numRuns: 60 },
    );
    // Both outcomes were exercised.
    expect(stored).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
