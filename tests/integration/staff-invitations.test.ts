// Invitations against a real database: the account without a password, the mail in the
// outbox in the invitee's language, the hashed single-use token, expiry, resending, and
// the password policy when the invitee sets a password.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, findInvitation, InvitationError, INVITATION_VALID_HOURS, inviteStaff, resendInvitation, STAFF_INVITATION_MAIL } from "@/lib/auth/invitations";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-ip";

const from = (ip: string) => new Headers({ [SOCKET_ADDRESS_HEADER]: ip, "user-agent": "vitest" });
let krefeld = "";

/** The token from the link in the newest invitation mail to `email`. */
async function tokenFromMail(email: string): Promise<{ token: string; locale: string; subject: string; text: string }> {
  const mail = await db().outboundMail.findFirstOrThrow({ where: { kind: STAFF_INVITATION_MAIL, toAddress: email }, orderBy: { createdAt: "desc" } });
  const link = /https?:\/\/\S+\/admin\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!link) throw new Error("no invitation link in the mail");
  return { token: link[1]!, locale: mail.locale, subject: mail.subject, text: mail.text };
}

beforeAll(async () => {
  await seedOrganisations(db());
  krefeld = (await db().organisation.findUniqueOrThrow({ where: { slug: "krefeld" } })).id;
});

describe("inviting", () => {
  it("creates the account without a password and queues a mail in the chosen language", async () => {
    const { userId, mailId } = await inviteStaff(db(), { email: " Hana@Example.org", name: "山田 花", role: "PARTNER", organisationId: krefeld, locale: "ja" }, { mailDelivery: "outbox" });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, include: { accounts: true } });
    expect(user).toMatchObject({ email: "hana@example.org", role: "PARTNER", organisationId: krefeld, active: true });
    expect(user.accounts).toEqual([]);
    const mail = await db().outboundMail.findUniqueOrThrow({ where: { id: mailId } });
    expect(mail).toMatchObject({ kind: STAFF_INVITATION_MAIL, toAddress: "hana@example.org", locale: "ja", status: "OUTBOX", inquiryId: null });
    expect(mail.subject).toBe("NRW–Tokyo Portalへのご招待");
    expect(mail.text).toContain("山田 花様");
    expect(mail.text).toContain(`${INVITATION_VALID_HOURS}時間`);
    const { token } = await tokenFromMail("hana@example.org");
    expect(mail.text).toContain(`/ja/admin/invitation?token=${token}`);
    // Only a hash of the token is stored.
    const rows = await db().verification.findMany({ where: { value: userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.identifier).toMatch(/^staff-invitation:[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    // No password, no sign-in.
    expect(await signIn({ email: "hana@example.org", password: "irgendein langes Passwort" }, from("192.0.2.60"))).toEqual({ ok: false, error: "invalid" });
  });

  it("refuses a taken email address and a partner without organisation", async () => {
    await expect(inviteStaff(db(), { email: "hana@example.org", name: "x", role: "GATEWAY", organisationId: null, locale: "de" }, { mailDelivery: "outbox" })).rejects.toEqual(
      new InvitationError("emailTaken"),
    );
    await expect(inviteStaff(db(), { email: "neu@example.org", name: "x", role: "PARTNER", organisationId: null, locale: "de" }, { mailDelivery: "outbox" })).rejects.toEqual(
      new InvitationError("organisationRequired"),
    );
    expect(await db().user.count({ where: { email: "neu@example.org" } })).toBe(0);
  });
});

describe("accepting", () => {
  it("applies the password policy, then sets the password once; the link is spent", async () => {
    await inviteStaff(db(), { email: "jonas@example.org", name: "Jonas", role: "PARTNER", organisationId: krefeld, locale: "de" }, { mailDelivery: "outbox" });
    const { token, subject } = await tokenFromMail("jonas@example.org");
    expect(subject).toBe("Ihre Einladung zum NRW–Tokyo Portal");
    expect(await findInvitation(db(), token)).toMatchObject({ status: "valid", name: "Jonas", email: "jonas@example.org" });

    expect(await acceptInvitation(db(), token, "kurz")).toEqual({ ok: false, error: "passwordTooShort" });
    expect(await acceptInvitation(db(), token, "password2026!")).toEqual({ ok: false, error: "passwordCommon" });
    // A refused password does not spend the link.
    expect(await acceptInvitation(db(), token, "drei Katzen im Regen")).toEqual({ ok: true, email: "jonas@example.org" });
    expect(await signIn({ email: "jonas@example.org", password: "drei Katzen im Regen" }, from("192.0.2.61"))).toEqual({ ok: true });

    expect(await findInvitation(db(), token)).toEqual({ status: "unknown" });
    expect(await acceptInvitation(db(), token, "ein anderes langes Passwort")).toEqual({ ok: false, error: "unknown" });
    expect(await signIn({ email: "jonas@example.org", password: "ein anderes langes Passwort" }, from("192.0.2.61"))).toEqual({ ok: false, error: "invalid" });
  });

  it("two concurrent uses of one link set one password", async () => {
    await inviteStaff(db(), { email: "lena@example.org", name: "Lena", role: "GATEWAY", organisationId: null, locale: "en" }, { mailDelivery: "outbox" });
    const { token } = await tokenFromMail("lena@example.org");
    const results = await Promise.all([acceptInvitation(db(), token, "first long passphrase"), acceptInvitation(db(), token, "second long passphrase")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().account.count({ where: { user: { email: "lena@example.org" } } })).toBe(1);
  });

  it("expires after 72 hours", async () => {
    const sent = new Date(Date.now() - (INVITATION_VALID_HOURS * 3_600_000 + 60_000));
    await inviteStaff(db(), { email: "mia@example.org", name: "Mia", role: "ADMIN", organisationId: null, locale: "en" }, { mailDelivery: "outbox", now: sent });
    const { token } = await tokenFromMail("mia@example.org");
    expect(await findInvitation(db(), token)).toEqual({ status: "expired" });
    expect(await acceptInvitation(db(), token, "a perfectly fine passphrase")).toEqual({ ok: false, error: "expired" });
    // Just inside the window it still works.
    const almost = new Date(sent.getTime() + INVITATION_VALID_HOURS * 3_600_000 - 1_000);
    expect(await findInvitation(db(), token, almost)).toMatchObject({ status: "valid" });
  });

  it("answers unknown for made-up and malformed tokens", async () => {
    expect(await findInvitation(db(), "A".repeat(43))).toEqual({ status: "unknown" });
    expect(await findInvitation(db(), "../../etc")).toEqual({ status: "unknown" });
    expect(await acceptInvitation(db(), "", "a perfectly fine passphrase")).toEqual({ ok: false, error: "unknown" });
  });
});

describe("resending", () => {
  it("replaces the earlier link, in the language of the first invitation", async () => {
    const { userId } = await inviteStaff(db(), { email: "noah@example.org", name: "Noah", role: "PARTNER", organisationId: krefeld, locale: "en" }, { mailDelivery: "outbox" });
    const first = await tokenFromMail("noah@example.org");
    await resendInvitation(db(), userId, { mailDelivery: "outbox" });
    const second = await tokenFromMail("noah@example.org");
    expect(second.token).not.toBe(first.token);
    expect(second.locale).toBe("en");
    expect(second.subject).toBe("Your invitation to the NRW–Tokyo Portal");
    expect(await findInvitation(db(), first.token)).toEqual({ status: "unknown" });
    expect(await findInvitation(db(), second.token)).toMatchObject({ status: "valid" });
    expect(await db().verification.count({ where: { value: userId } })).toBe(1);
  });

  it("refuses accounts that already have a password", async () => {
    const jonas = await db().user.findUniqueOrThrow({ where: { email: "jonas@example.org" } });
    await expect(resendInvitation(db(), jonas.id, { mailDelivery: "outbox" })).rejects.toEqual(new InvitationError("notInvited"));
  });
});
