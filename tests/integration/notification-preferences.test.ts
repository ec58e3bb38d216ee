// Staff notification settings on a real PostgreSQL: what the account form stores, and
// that the notifier honours it: immediately / daily digest / off per kind; mails in the
// language the person last used the staff area in unless they chose one; deactivated
// staff get nothing, not even the digest that waited for them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { rememberUiLocale, type Staff } from "@/lib/auth/session";
import { performAction } from "@/lib/casework/workflow-service";
import { fileReply } from "@/lib/conversation/reply";
import { db } from "@/lib/db/client";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { sendDigests } from "@/lib/notifications/digest";
import { notificationSettings, saveNotificationSettings, settingsInput } from "@/lib/notifications/preferences";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

let ids: Record<string, string> = {};
let gateway: Staff;

async function person(role: Staff["role"], slug: string, name: string, data: { uiLocale?: string } = {}): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  const email = `${name}@${slug}.example.org`;
  const user = await db().user.create({ data: { id: `user-${randomUUID()}`, name, email, role, organisationId: org.id, uiLocale: data.uiLocale } });
  return { sessionId: `session-${name}`, userId: user.id, role, organisationId: org.id, name, email, twoFactorEnabled: true, organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind } };
}

async function forwardNewInquiryToEssen() {
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: randomUUID(), clientIp: `198.51.100.${Math.floor(Math.random() * 250)}`, startedAt: aMinuteAgo() },
    { mailDelivery: "outbox", rateLimitPerHour: 10_000 },
  );
  if (!submitted.ok || !submitted.inquiryId) throw new Error("fixture inquiry not stored");
  const { version } = await db().inquiry.findUniqueOrThrow({ where: { id: submitted.inquiryId } });
  expect(await performAction(gateway, { action: "forward", reference: submitted.reference, version, targetOrganisationIds: [ids["essen"]!] }, { delivery: "outbox" })).toEqual({ ok: true });
  return { id: submitted.inquiryId, reference: submitted.reference };
}

const mailsTo = (staff: Staff) => db().outboundMail.findMany({ where: { toAddress: staff.email }, orderBy: { createdAt: "asc" } });
const waitingFor = (staff: Staff) => db().pendingNotification.findMany({ where: { userId: staff.userId } });

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  gateway = await person("GATEWAY", "nrw-global-business", "greta", { uiLocale: "de" });
});

describe("the settings form's data", () => {
  it("starts at the defaults (immediately) and the staff area's language, and stores a full choice", async () => {
    const erik = await person("PARTNER", "essen", "erik", { uiLocale: "en" });
    expect(await notificationSettings(erik)).toEqual({
      modes: { forwarded: "IMMEDIATE", reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" },
      mailLocale: null,
      effectiveLocale: "en",
    });
    const choice = settingsInput.parse({ modes: { forwarded: "DIGEST", reply: "OFF", responded: "IMMEDIATE", withdrawn: "OFF", reminder: "DIGEST" }, mailLocale: "ja" });
    await saveNotificationSettings(erik, choice);
    expect(await notificationSettings(erik)).toEqual({ modes: choice.modes, mailLocale: "ja", effectiveLocale: "ja" });
    // Back to following the staff area.
    await saveNotificationSettings(erik, { ...choice, mailLocale: "" });
    expect((await notificationSettings(erik)).effectiveLocale).toBe("en");
  });

  it("refuses a mode or language that is not offered, and a missing kind", () => {
    const modes = { forwarded: "IMMEDIATE", reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" };
    expect(settingsInput.safeParse({ modes: { ...modes, reply: "HOURLY" }, mailLocale: "" }).success).toBe(false);
    expect(settingsInput.safeParse({ modes, mailLocale: "fr" }).success).toBe(false);
    expect(settingsInput.safeParse({ modes: { forwarded: "OFF" }, mailLocale: "" }).success).toBe(false);
  });

  it("remembers the staff area's language, writing only when it changed", async () => {
    const yui = await person("PARTNER", "essen", "yui");
    await rememberUiLocale(yui, "ja");
    const first = await db().user.findUniqueOrThrow({ where: { id: yui.userId } });
    expect(first.uiLocale).toBe("ja");
    await rememberUiLocale(yui, "ja");
    expect((await db().user.findUniqueOrThrow({ where: { id: yui.userId } })).updatedAt).toEqual(first.updatedAt);
    await rememberUiLocale(yui, "en");
    expect((await db().user.findUniqueOrThrow({ where: { id: yui.userId } })).uiLocale).toBe("en");
  });
});

describe("the notifier honours the settings", () => {
  it("immediately: a mail at once; daily digest: a line that waits; off: nothing", async () => {
    const now = await person("PARTNER", "essen", "immediate", { uiLocale: "de" });
    const daily = await person("PARTNER", "essen", "daily", { uiLocale: "de" });
    const off = await person("PARTNER", "essen", "off", { uiLocale: "de" });
    const modes = { reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" } as const;
    await saveNotificationSettings(daily, { modes: { ...modes, forwarded: "DIGEST" }, mailLocale: "" });
    await saveNotificationSettings(off, { modes: { ...modes, forwarded: "OFF" }, mailLocale: "" });

    const first = await forwardNewInquiryToEssen();
    const second = await forwardNewInquiryToEssen();
    expect((await mailsTo(now)).map((m) => m.subject)).toEqual([expect.stringContaining(first.reference), expect.stringContaining(second.reference)]);
    expect(await mailsTo(daily)).toHaveLength(0);
    expect(await waitingFor(daily)).toHaveLength(2);
    expect(await mailsTo(off)).toHaveLength(0);
    expect(await waitingFor(off)).toHaveLength(0);

    await sendDigests(db(), { delivery: "outbox" });
    const digests = await mailsTo(daily);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(first.reference);
    expect(digests[0]!.text).toContain(second.reference);
    expect(await mailsTo(off)).toHaveLength(0);

    // "Off" for one kind leaves the others alone: Essen accepts and the applicant replies.
    const essen = await person("PARTNER", "essen", "acceptor", { uiLocale: "de" });
    const { version } = await db().inquiry.findUniqueOrThrow({ where: { id: first.id } });
    expect(await performAction(essen, { action: "accept", reference: first.reference, version }, { delivery: "outbox" })).toEqual({ ok: true });
    await fileReply(db(), first.id, "ありがとうございます。", { delivery: "outbox" });
    expect((await mailsTo(off)).map((m) => m.subject)).toEqual([expect.stringContaining(first.reference)]);
  });

  it("writes in the staff area's last language, unless the person chose one for mails", async () => {
    const ja = await person("PARTNER", "essen", "ui-ja", { uiLocale: "ja" });
    const enMail = await person("PARTNER", "essen", "ui-ja-mail-en", { uiLocale: "ja" });
    await saveNotificationSettings(enMail, { modes: (await notificationSettings(enMail)).modes, mailLocale: "en" });
    const { reference } = await forwardNewInquiryToEssen();
    const [jaMail] = await mailsTo(ja);
    expect(jaMail).toMatchObject({ locale: "ja" });
    expect(jaMail!.text).toContain(`/ja/admin/inquiries/${reference}`);
    const [enMailSent] = await mailsTo(enMail);
    expect(enMailSent).toMatchObject({ locale: "en" });
    expect(enMailSent!.text).toContain(`/en/admin/inquiries/${reference}`);

    // Using the staff area in English from now on changes the language of the next mails.
    await rememberUiLocale(ja, "en");
    await forwardNewInquiryToEssen();
    expect((await mailsTo(ja)).map((m) => m.locale)).toEqual(["ja", "en"]);
  });

  it("sends deactivated staff nothing: no mail, no digest line, and not the digest that waited", async () => {
    const leaving = await person("PARTNER", "essen", "leaving", { uiLocale: "de" });
    await saveNotificationSettings(leaving, { modes: { forwarded: "DIGEST", reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" }, mailLocale: "" });
    await forwardNewInquiryToEssen();
    expect(await waitingFor(leaving)).toHaveLength(1);
    await db().user.update({ where: { id: leaving.userId }, data: { active: false } });
    await forwardNewInquiryToEssen();
    expect(await waitingFor(leaving)).toHaveLength(1);
    await sendDigests(db(), { delivery: "outbox" });
    expect(await mailsTo(leaving)).toHaveLength(0);
    expect(await waitingFor(leaving)).toHaveLength(0);

    const gone = await person("PARTNER", "essen", "gone", { uiLocale: "de" });
    await db().user.update({ where: { id: gone.userId }, data: { active: false } });
    await forwardNewInquiryToEssen();
    expect(await mailsTo(gone)).toHaveLength(0);
  });
});
