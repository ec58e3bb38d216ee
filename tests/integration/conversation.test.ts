// The conversation on a real PostgreSQL: staff write to the applicant from the case,
// the first message (and nothing else) is the first response, the mail goes through
// the outbox in the applicant's language, and messages die with anonymisation.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/casework/dashboard";
import { berlinDay } from "@/lib/casework/filters";
import { performAction } from "@/lib/casework/workflow-service";
import { sendMessage, previewMessage } from "@/lib/conversation/messages";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { exportApplicantData } from "@/lib/dataprotection/applicant";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { japaneseAnswers } from "./inquiry-fixtures";
import { submitJapaneseInquiry as submit } from "./submitted-inquiry";

const staff: Record<"gateway" | "essen", Staff> = {} as never;
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string, name: string): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  return {
    sessionId: `session-${name}`,
    userId: `user-${name}`,
    role,
    organisationId: org.id,
    name,
    email: `${name}@example.org`,
    twoFactorEnabled: true,
    organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}


const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
const inquiryOf = (id: string) => db().inquiry.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  staff.essen = await principal("PARTNER", "essen", "Erik Essen");
});

describe("the first response", () => {
  it("is set by the first message to the applicant and by no workflow action", async () => {
    const { reference, id } = await submit();
    // The dashboard's days are Berlin's: from 23:00 UTC in winter, today there is tomorrow in UTC.
    const today = berlinDay(new Date());
    const answeredBefore = (await loadDashboard(staff.gateway, { from: today, to: today }))!.firstResponse.answered;

    expect(await performAction(staff.gateway, { action: "triage", reference, version: await version(reference) })).toEqual({ ok: true });
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!] })).toEqual({ ok: true });
    expect(await performAction(staff.essen, { action: "accept", reference, version: await version(reference) })).toEqual({ ok: true });
    expect((await inquiryOf(id)).firstResponseAt).toBeNull();
    expect((await loadDashboard(staff.gateway, { from: today, to: today }))!.firstResponse.answered).toBe(answeredBefore);

    const first = new Date(Date.now() + 1000);
    expect((await sendMessage(staff.essen, { reference, body: "ご連絡ありがとうございます。" }, { now: first, delivery: "outbox" })).ok).toBe(true);
    expect((await inquiryOf(id)).firstResponseAt).toEqual(first);
    // The dashboard's rollup and its live figures both follow.
    expect((await loadDashboard(staff.gateway, { from: today, to: today }))!.firstResponse.answered).toBe(answeredBefore + 1);
    expect((await loadDashboard(staff.gateway, { from: today, to: today, direction: "TOKYO_TO_NRW" }))!.firstResponse.answered).toBeGreaterThanOrEqual(1);

    expect((await sendMessage(staff.gateway, { reference, body: "Second" }, { now: new Date(first.getTime() + 60_000), delivery: "outbox" })).ok).toBe(true);
    expect((await inquiryOf(id)).firstResponseAt).toEqual(first);
    const events = await db().inquiryEvent.findMany({ where: { inquiryId: id, type: "MESSAGE_SENT" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorOrganisationId, e.actorLabel])).toEqual([
      [ids["essen"], "Erik Essen"],
      [ids["nrw-global-business"], "Greta Gateway"],
    ]);
  });

  it("lets only holders write: not a partner before accepting, not on a closed case", async () => {
    const { reference } = await submit();
    await performAction(staff.gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [ids["essen"]!] });
    expect(await sendMessage(staff.essen, { reference, body: "zu früh" }, { delivery: "outbox" })).toEqual({ ok: false, error: "notAllowed" });
    await performAction(staff.gateway, { action: "close", reference, version: await version(reference), outcome: "referred", summary: "Weitergeleitet an die IHK." });
    expect(await sendMessage(staff.gateway, { reference, body: "zu spät" }, { delivery: "outbox" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await sendMessage(staff.gateway, { reference, body: "   " }, { delivery: "outbox" })).toEqual({ ok: false, error: "invalid" });
    expect(await sendMessage(staff.gateway, { reference, body: "x".repeat(4001) }, { delivery: "outbox" })).toEqual({ ok: false, error: "invalid" });
  });
});

describe("the mail to the applicant", () => {
  it("is Japanese for a Japanese applicant: company, then name with 様, the message, the sender's contact and a link", async () => {
    const { reference, id } = await submit();
    const hostile = `<script>alert("x")</script> 以下の点についてご確認ください。`;
    const preview = await previewMessage(staff.gateway, { reference, body: hostile });
    const sent = await sendMessage(staff.gateway, { reference, body: hostile }, { delivery: "outbox" });
    if (!sent.ok || !preview.ok) throw new Error("not sent");
    const mail = await db().outboundMail.findUniqueOrThrow({ where: { id: sent.mailId } });
    expect(mail).toMatchObject({ kind: "APPLICANT_MESSAGE", inquiryId: id, toAddress: japaneseAnswers.contactEmail, locale: "ja", status: "OUTBOX" });
    expect(mail.subject).toContain(reference);
    expect(mail.text.startsWith(`${japaneseAnswers.companyName}\n${japaneseAnswers.contactName} 様\n`)).toBe(true);
    expect(mail.text).toContain(hostile);
    expect(mail.text).toMatch(new RegExp(`/ja/inquiry/messages/[0-9a-z]+\\.[A-Za-z0-9_-]{32}`));
    const gateway = await db().organisation.findUniqueOrThrow({ where: { slug: "nrw-global-business" } });
    if (gateway.email) {
      expect(mail.text).toContain(gateway.email);
      expect(mail.replyTo).toBe(gateway.email);
    }
    // The preview is the mail, except that it shows no working link.
    expect(preview.subject).toBe(mail.subject);
    expect(preview.text.split("\n").slice(0, 6)).toEqual(mail.text.split("\n").slice(0, 6));
    expect(preview.text).not.toMatch(/inquiry\/messages\/[0-9a-z]+\./);
  });

  it("greets a German applicant in German", async () => {
    const { reference } = await submit({ replyLocale: "de", contactName: "Anna Schmidt" });
    const sent = await sendMessage(staff.gateway, { reference, body: "Vielen Dank für Ihre Anfrage." }, { delivery: "outbox" });
    if (!sent.ok) throw new Error("not sent");
    const mail = await db().outboundMail.findUniqueOrThrow({ where: { id: sent.mailId } });
    expect(mail.locale).toBe("de");
    expect(mail.text.split("\n")[0]).toBe("Guten Tag Anna Schmidt,");
  });
});

describe("data protection", () => {
  it("exports the messages and blanks them on anonymisation, keeping the timeline", async () => {
    const { reference, id } = await submit({ contactEmail: "export-conversation@example.jp" });
    await sendMessage(staff.gateway, { reference, body: "Frau Yamada, bitte rufen Sie 090-1234-5678 an." }, { delivery: "outbox" });
    const exported = await exportApplicantData(staff.gateway, "export-conversation@example.jp");
    expect(exported!.inquiries[0]!.messages).toEqual([expect.objectContaining({ direction: "to-applicant", text: "Frau Yamada, bitte rufen Sie 090-1234-5678 an." })]);

    await anonymiseInquiry(db(), id, { ground: "request", actor: null });
    const messages = await db().inquiryMessage.findMany({ where: { inquiryId: id } });
    expect(messages.map((m) => m.body)).toEqual([""]);
    expect(await db().inquiryEvent.count({ where: { inquiryId: id, type: "MESSAGE_SENT" } })).toBe(1);
  });
});
