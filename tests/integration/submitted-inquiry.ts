// A stored inquiry for integration tests: the Japanese applicant of inquiry-fixtures.ts,
// submitted through the real submitInquiry (mail into the outbox), with optional overrides.
import { randomUUID } from "node:crypto";
import type { InquiryAnswers } from "@/lib/inquiries/schema";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

export async function submitJapaneseInquiry(answers: Partial<InquiryAnswers> = {}): Promise<{ reference: string; id: string }> {
  const result = await submitInquiry(
    { answers: { ...japaneseAnswers, ...answers }, locale: "ja", idempotencyKey: randomUUID(), clientIp: `198.51.100.${Math.floor(Math.random() * 250)}`, startedAt: aMinuteAgo() },
    { mailDelivery: "outbox", rateLimitPerHour: 10_000 },
  );
  if (!result.ok || !result.inquiryId) throw new Error("fixture inquiry not stored");
  return { reference: result.reference, id: result.inquiryId };
}
