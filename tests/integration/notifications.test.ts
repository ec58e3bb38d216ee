// Notifications on a real PostgreSQL: who is told what when a case is forwarded,
// accepted, returned, closed or answered; in whose language; how preferences and
// the daily digest work; and the applicant's link (expiry, anonymisation).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { performAction } from "@/lib/casework/workflow-service";
import { conversationUrl } from "@/lib/conversation/messages";
import { fileReply, openConversation, sendFreshLink } from "@/lib/conversation/reply";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { milestoneLine, stageSentence } from "@/lib/inquiries/public-status";
import { lookupInquiryStatus } from "@/lib/inquiries/status-lookup";
import { sendDigests } from "@/lib/notifications/digest";
import { seedOrganisations } from "@/prisma/seed/index";
import { japaneseAnswers } from "./inquiry-fixtures";
import { submitJapaneseInquiry as submit } from "./submitted-inquiry";

const staff: Record<"gateway" | "essen", Staff> = {} as never;
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string, name: string): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  const user = await db().user.create({ data: { id: `user-${randomUUID()}`, name, email, role, organisationId: org.id } });
  return { sessionId: `session-${name}`, userId: user.id, role, organisationId: org.id, name, email, twoFactorEnabled: true, organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind } };
}


const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
const act = async (who: Staff, input: Record<string, unknown> & { action: string; reference: string }) =>
  performAction(who, { ...input, version: await version(input.reference) } as never, { delivery: "outbox" });
const mailsTo = (inquiryId: string, toAddress: string, kind?: string) => db().outboundMail.findMany({ where: { inquiryId, toAddress, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

/** The status page's sentence for the inquiry now, as the applicant would see it in `locale`. */
async function statusPageSentence(reference: string, email: string, locale: "ja" | "de" | "en") {
  const found = await lookupInquiryStatus(db(), reference, email, locale);
  const t = translatorFor(locale);
  return stageSentence((key, values) => t(`inquiryStatus.${key}`, values), found!, locale);
}

/** The status page's list of steps with their dates, each line as the page shows it. */
async function statusPageSteps(reference: string, email: string, locale: "ja" | "de" | "en") {
  const found = await lookupInquiryStatus(db(), reference, email, locale);
  const t = translatorFor(locale);
  return found!.milestones.map((m) => milestoneLine((key, values) => t(`inquiryStatus.${key}`, values), m, locale));
}

/** The mail says what the status page says: the same stage sentence and the same steps, in the same order. */
async function expectMailMatchesStatusPage(text: string, reference: string, steps: number) {
  expect(text).toContain(await statusPageSentence(reference, japaneseAnswers.contactEmail, "ja"));
  const lines = await statusPageSteps(reference, japaneseAnswers.contactEmail, "ja");
  expect(lines).toHaveLength(steps);
  expect(text).toContain(`これまでの経過：\n${lines.join("\n")}\n`);
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  staff.essen = await principal("PARTNER", "essen", "Erik Essen");
});

describe("a case's way through the workflow", () => {
  it("tells the partner (in German, with the forwarding message), the gateway and the applicant (in the status page's words)", async () => {
    const { reference, id } = await submit();
    const note = "Bitte übernehmen: <b>Standortsuche</b> in Essen-Nord.";
    expect(await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!], note })).toEqual({ ok: true });

    const [partnerMail] = await mailsTo(id, staff.essen.email, "STAFF_NOTIFICATION");
    expect(partnerMail!.locale).toBe("de");
    expect(partnerMail!.subject).toContain(reference);
    expect(partnerMail!.text).toContain(note);
    expect(partnerMail!.text).toContain(japaneseAnswers.companyName);
    expect(partnerMail!.text).toContain(`/de/admin/inquiries/${reference}`);
    expect(partnerMail!.text).not.toContain(japaneseAnswers.contactEmail);

    const forwarded = await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS");
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]!.locale).toBe("ja");
    await expectMailMatchesStatusPage(forwarded[0]!.text, reference, 2);
    expect(forwarded[0]!.text).toContain("エッセンに引き継ぎました");
    // The status page names Essen's public contact (the organisation's, not a staff member's) and links to the conversation.
    const page = (await lookupInquiryStatus(db(), reference, japaneseAnswers.contactEmail, "de"))!;
    const essen = await db().organisation.findUniqueOrThrow({ where: { slug: "essen" } });
    expect(page.contacts).toEqual([expect.objectContaining({ email: essen.email, phone: essen.phone })]);
    expect(page.contacts[0]!.email).not.toBe(staff.essen.email);
    expect(forwarded[0]!.text).toContain(essen.email);
    expect(page.conversationPath).toMatch(/^\/de\/inquiry\/messages\//);
    expect((await openConversation(page.conversationPath.split("/").at(-1)!)).state).toBe("valid");

    expect(await act(staff.essen, { action: "accept", reference })).toEqual({ ok: true });
    expect((await mailsTo(id, staff.gateway.email, "STAFF_NOTIFICATION")).at(-1)!.subject).toContain(reference);
    const accepted = await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS");
    expect(accepted).toHaveLength(2);
    await expectMailMatchesStatusPage(accepted[1]!.text, reference, 3);
    expect(accepted[1]!.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日：エッセンが対応を引き受けました/);

    // Essen closes its part (the applicant is not told yet); the gateway's close ends the inquiry and tells the applicant.
    expect(await act(staff.essen, { action: "close", reference, outcome: "settled", summary: "Niederlassung in Essen gegründet." })).toEqual({ ok: true });
    expect(await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS")).toHaveLength(2);
    expect(await act(staff.gateway, { action: "close", reference, outcome: "settled", summary: "Niederlassung in Essen gegründet." })).toEqual({ ok: true });
    const closed = await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS");
    expect(closed).toHaveLength(3);
    // Essen closing its part is not a step the applicant sees; the gateway's close is.
    await expectMailMatchesStatusPage(closed[2]!.text, reference, 4);
    expect(closed[2]!.text).toContain("：対応を終了しました");
  });

  it("tells the gateway the return reason, and the applicant nothing", async () => {
    const { reference, id } = await submit();
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!] });
    const before = (await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS")).length;
    expect(await act(staff.essen, { action: "return", reference, reason: "Passt besser nach Düsseldorf." })).toEqual({ ok: true });
    expect((await mailsTo(id, staff.gateway.email, "STAFF_NOTIFICATION")).at(-1)!.text).toContain("Passt besser nach Düsseldorf.");
    expect(await mailsTo(id, japaneseAnswers.contactEmail, "APPLICANT_STATUS")).toHaveLength(before);
  });

  it("sends deactivated staff nothing and follows each person's language", async () => {
    const gone = await principal("PARTNER", "essen", "Ex Colleague");
    await db().user.update({ where: { id: gone.userId }, data: { active: false } });
    const japaneseSpeaker = await principal("PARTNER", "essen", "Yui Essen");
    await db().user.update({ where: { id: japaneseSpeaker.userId }, data: { mailLocale: "ja" } });
    const { reference, id } = await submit();
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!] });
    expect(await mailsTo(id, gone.email)).toHaveLength(0);
    const [ja] = await mailsTo(id, japaneseSpeaker.email);
    expect(ja!.locale).toBe("ja");
    expect(ja!.text).toContain("引き継がれました");
  });
});

describe("the daily digest", () => {
  it("sends one mail for several events, then nothing until new ones wait", async () => {
    const digester = await principal("GATEWAY", "nrw-global-business", "Dora Digest");
    await db().notificationPreference.createMany({ data: [{ userId: digester.userId, kind: "responded", mode: "DIGEST" }, { userId: digester.userId, kind: "reply", mode: "DIGEST" }] });
    const first = await submit();
    const second = await submit();
    for (const { reference } of [first, second]) {
      await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!] });
      await act(staff.essen, { action: "accept", reference });
    }
    expect(await fileReply(db(), first.id, "返信です。", { delivery: "outbox" })).toMatchObject({ ok: true });
    expect(await db().outboundMail.count({ where: { toAddress: digester.email } })).toBe(0);
    expect(await db().pendingNotification.count({ where: { userId: digester.userId } })).toBe(3);

    await sendDigests(db(), { delivery: "outbox" });
    const digests = await db().outboundMail.findMany({ where: { toAddress: digester.email } });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.kind).toBe("STAFF_DIGEST");
    expect(digests[0]!.text).toContain(first.reference);
    expect(digests[0]!.text).toContain(second.reference);
    await sendDigests(db(), { delivery: "outbox" });
    expect(await db().outboundMail.count({ where: { toAddress: digester.email } })).toBe(1);
  });
});

describe("the applicant's reply", () => {
  it("marks the case 'new reply' and notifies the holders", async () => {
    const { reference, id } = await submit();
    await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"]!] });
    await act(staff.essen, { action: "accept", reference });
    const result = await fileReply(db(), id, "<img src=x onerror=alert(1)> ありがとうございます。", { delivery: "outbox" });
    expect(result.ok).toBe(true);
    expect((await db().inquiry.findUniqueOrThrow({ where: { id } })).unreadReplyAt).not.toBeNull();
    expect((await mailsTo(id, staff.gateway.email, "STAFF_NOTIFICATION")).at(-1)!.subject).toContain(reference);
    expect((await mailsTo(id, staff.essen.email, "STAFF_NOTIFICATION")).at(-1)!.subject).toContain(reference);
    expect(await db().inquiryEvent.count({ where: { inquiryId: id, type: "REPLY_RECEIVED", actorOrganisationId: null } })).toBe(1);
  });
});

describe("the conversation link", () => {
  const tokenOf = (url: string) => url.split("/").at(-1)!;

  it("opens the conversation until it expires, then offers a fresh one by mail to the inquiry's address only", async () => {
    const { id } = await submit({ contactEmail: "link-test@example.jp" });
    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { id } });
    const issued = new Date();
    const token = tokenOf(conversationUrl(inquiry, issued));
    expect((await openConversation(token)).state).toBe("valid");
    expect((await openConversation(token, new Date(issued.getTime() + 31 * 86_400_000))).state).toBe("expired");
    expect((await openConversation(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).state).toBe("invalid");
    expect((await openConversation("../../etc/passwd")).state).toBe("invalid");

    expect(await sendFreshLink(token, { now: new Date(issued.getTime() + 31 * 86_400_000), delivery: "outbox" })).toBe(true);
    const [fresh] = await db().outboundMail.findMany({ where: { inquiryId: id, kind: "CONVERSATION_LINK" } });
    expect(fresh!.toAddress).toBe("link-test@example.jp");
  });

  it("dies with anonymisation", async () => {
    const { id } = await submit({ contactEmail: "gone@example.jp" });
    const token = tokenOf(conversationUrl(await db().inquiry.findUniqueOrThrow({ where: { id } })));
    expect((await openConversation(token)).state).toBe("valid");
    await anonymiseInquiry(db(), id, { ground: "request", actor: null });
    expect((await openConversation(token)).state).toBe("invalid");
    expect(await sendFreshLink(token, { delivery: "outbox" })).toBe(false);
    expect(await fileReply(db(), id, "too late", { delivery: "outbox" })).toEqual({ ok: false, reason: "gone" });
  });
});
