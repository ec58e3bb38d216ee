// Casework's staff notices (lib/casework/staff-notices.ts) on a real PostgreSQL: they
// follow each recipient's preference for the notice's kind (a mail now, a digest line,
// nothing) and language (chosen for mails, else the staff area's last language), and
// deactivated staff get nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { queueStaffNotice } from "@/lib/casework/staff-notices";
import { db } from "@/lib/db/client";
import { sendDigests } from "@/lib/notifications/digest";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

let tokyo = "";
let inquiry = { id: "", reference: "" };

async function person(id: string, data: { mailLocale?: string; uiLocale?: string; active?: boolean; role?: "PARTNER" | "ADMIN" } = {}) {
  await db().user.create({ data: { id, name: id, email: `${id}@tokyo.example.jp`, role: data.role ?? "PARTNER", organisationId: tokyo, mailLocale: data.mailLocale, uiLocale: data.uiLocale, active: data.active ?? true } });
}

const withdraw = (reason: string) =>
  db().$transaction((tx) => queueStaffNotice(tx, { kind: "withdrawn", organisationId: tokyo, inquiryId: inquiry.id, reference: inquiry.reference, reason, now: new Date() }, { delivery: "outbox" }));

beforeAll(async () => {
  await seedOrganisations(db());
  tokyo = (await db().organisation.findFirstOrThrow({ where: { kind: "TOKYO_PARTNER" } })).id;
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: "staff-notice-fixture-01", clientIp: "192.0.2.41", startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!submitted.ok || !submitted.inquiryId) throw new Error("fixture inquiry not stored");
  inquiry = { id: submitted.inquiryId, reference: submitted.reference };
  await person("ui-ja", { uiLocale: "ja" });
  await person("ui-ja-mail-en", { uiLocale: "ja", mailLocale: "en" });
  await person("never-seen");
  await person("digest", { uiLocale: "de" });
  await person("off", { uiLocale: "de" });
  await person("deactivated", { uiLocale: "ja", active: false });
  await db().notificationPreference.createMany({
    data: [
      { userId: "digest", kind: "withdrawn", mode: "DIGEST" },
      { userId: "off", kind: "withdrawn", mode: "OFF" },
      // A preference for another kind changes nothing here.
      { userId: "ui-ja", kind: "forwarded", mode: "OFF" },
    ],
  });
});

describe("a withdrawal notice to the Tokyo partner's staff", () => {
  it("mails those who want it at once, each in their language, with the reason and a link to their inbox", async () => {
    const { ids, delivery } = await withdraw("Zuständigkeit liegt in Düsseldorf");
    expect(delivery).toBe("outbox");
    const mails = await db().outboundMail.findMany({ where: { id: { in: ids } } });
    expect(mails.map((m) => [m.toAddress.split("@")[0], m.locale, m.kind]).sort()).toEqual([
      ["never-seen", "de", "FORWARD_WITHDRAWN"],
      ["ui-ja", "ja", "FORWARD_WITHDRAWN"],
      ["ui-ja-mail-en", "en", "FORWARD_WITHDRAWN"],
    ]);
    const ja = mails.find((m) => m.locale === "ja")!;
    expect(ja.subject).toBe(`お問い合わせ ${inquiry.reference} の引き継ぎが取り消されました`);
    expect(ja.text).toContain("理由：Zuständigkeit liegt in Düsseldorf");
    expect(ja.text).toContain("/ja/admin/inquiries\n");
    expect(ja.text).not.toContain(`/admin/inquiries/${inquiry.reference}`);
    expect(mails.find((m) => m.locale === "en")!.subject).toBe(`Forward of ${inquiry.reference} withdrawn`);
    // No applicant data.
    for (const mail of mails) expect(mail.text).not.toContain(japaneseAnswers.contactName);
  });

  it("keeps a digest line for those who chose the digest and sends it with the next digest", async () => {
    const pending = await db().pendingNotification.findMany({ where: { userId: "digest" } });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ kind: "withdrawn", inquiryId: inquiry.id });
    expect(pending[0]!.line).toContain(`Weiterleitung ${inquiry.reference} zurückgezogen`);
    await sendDigests(db(), { delivery: "outbox" });
    const [digest] = await db().outboundMail.findMany({ where: { toAddress: "digest@tokyo.example.jp" } });
    expect(digest).toMatchObject({ kind: "STAFF_DIGEST", locale: "de" });
    expect(digest!.text).toContain(inquiry.reference);
  });

  it("sends nothing to those who switched it off, nor to deactivated staff", async () => {
    await withdraw("noch einmal");
    for (const id of ["off", "deactivated"]) {
      expect(await db().outboundMail.count({ where: { toAddress: `${id}@tokyo.example.jp` } })).toBe(0);
      expect(await db().pendingNotification.count({ where: { userId: id } })).toBe(0);
    }
  });
});
