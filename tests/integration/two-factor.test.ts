// TOTP two-factor authentication against a real database through better-auth's plugin:
// enrolment, the second sign-in step (TOTP and backup codes), the lockout and the
// sign-in log, switching it off, and administrators who have not enrolled yet.
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount } from "@/lib/auth/accounts";
import { auth } from "@/lib/auth/auth";
import { FREE_FAILURES_PER_ADDRESS } from "@/lib/auth/lockout";
import { can, PERMISSIONS, principalOf } from "@/lib/auth/permissions";
import { signIn, verifySecondFactor } from "@/lib/auth/sign-in";
import { confirmEnrolment, disableTwoFactor, startEnrolment, twoFactorState } from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { CookieJar, totpCode, wrongTotpCode } from "./auth-session";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-ip";

const PASSWORD = "a long enough passphrase";
let doraSecret = "";

async function account(email: string, role: "ADMIN" | "PARTNER") {
  const essen = await db().organisation.findUniqueOrThrow({ where: { slug: "essen" } });
  return createStaffAccount(db(), { email, name: email, role, organisationId: role === "PARTNER" ? essen.id : null, password: PASSWORD });
}

async function signedIn(email: string, ip: string): Promise<CookieJar> {
  const jar = new CookieJar(ip);
  expect(await signIn({ email, password: PASSWORD }, jar.request(), jar.response)).toEqual({ ok: true });
  jar.take();
  return jar;
}

/** Enrols the account and returns the printed key and backup codes. */
async function enrol(email: string, ip: string): Promise<{ secret: string; backupCodes: string[] }> {
  const jar = await signedIn(email, ip);
  expect(await startEnrolment(PASSWORD, jar.request())).toEqual({ ok: true });
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const state = await twoFactorState({ userId: user.id, email });
  if (state.status !== "pending") throw new Error(`expected a pending enrolment, got ${state.status}`);
  expect(await confirmEnrolment(totpCode(state.secret), jar.request(), jar.response)).toEqual({ ok: true });
  return { secret: state.secret, backupCodes: state.backupCodes };
}

/** The password step of an account with two-factor authentication: a jar holding the challenge. */
async function passwordStep(email: string, ip: string): Promise<CookieJar> {
  const jar = new CookieJar(ip);
  expect(await signIn({ email, password: PASSWORD }, jar.request(), jar.response)).toEqual({ ok: false, error: "secondFactorRequired" });
  jar.take();
  expect(jar.has("two_factor")).toBe(true);
  expect(jar.has("session_token")).toBe(false);
  return jar;
}

async function sessionsOf(email: string) {
  return db().session.count({ where: { user: { email } } });
}

beforeAll(async () => {
  await seedOrganisations(db());
  for (const email of ["dora@example.org", "emil@example.org", "fritz@example.org", "gina@example.org", "hugo@example.org"]) await account(email, "PARTNER");
  await account("root@example.org", "ADMIN");
});

describe("enrolment", () => {
  it("needs the password, stays inactive until a code confirms it, then renews the session", async () => {
    const jar = await signedIn("dora@example.org", "192.0.2.1");
    const user = await db().user.findUniqueOrThrow({ where: { email: "dora@example.org" } });
    expect(await twoFactorState({ userId: user.id, email: user.email })).toEqual({ status: "off" });
    expect(await startEnrolment("not my password at all", jar.request())).toEqual({ ok: false, error: "wrongPassword" });
    expect(await db().twoFactor.count({ where: { userId: user.id } })).toBe(0);

    expect(await startEnrolment(PASSWORD, jar.request())).toEqual({ ok: true });
    const state = await twoFactorState({ userId: user.id, email: user.email });
    if (state.status !== "pending") throw new Error("expected a pending enrolment");
    expect(state.secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    expect(state.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(state.otpauthUri).searchParams.get("issuer")).toBe("NRW–Tokyo Portal");
    expect(state.otpauthUri).toContain(`:${encodeURIComponent("dora@example.org")}?`);
    expect(state.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(state.qrSvg).not.toContain("<script");
    expect(state.backupCodes).toHaveLength(10);
    // Stored encrypted, never as printed.
    const row = await db().twoFactor.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.verified).toBe(false);
    expect(row.secret).not.toContain(state.secret.replace(/\s+/g, ""));
    expect(row.backupCodes).not.toContain(state.backupCodes[0]);
    // Not yet on: signing in still needs the password only.
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);
    await signedIn("dora@example.org", "192.0.2.2");

    expect(await confirmEnrolment(wrongTotpCode(state.secret), jar.request(), jar.response)).toEqual({ ok: false, error: "invalidCode" });
    expect(await confirmEnrolment("12ab56", jar.request(), jar.response)).toEqual({ ok: false, error: "invalidCode" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);

    const before = await auth().api.getSession({ headers: jar.request() });
    expect(await confirmEnrolment(totpCode(state.secret), jar.request(), jar.response)).toEqual({ ok: true });
    jar.take();
    doraSecret = state.secret;
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);
    expect(await twoFactorState({ userId: user.id, email: user.email })).toEqual({ status: "on", backupCodesLeft: 10 });
    // The session was replaced by one that knows about the second factor.
    const after = await auth().api.getSession({ headers: jar.request() });
    expect(after?.session.id).toBeTruthy();
    expect(after?.session.id).not.toBe(before?.session.id);
    expect(await db().session.count({ where: { id: before!.session.id } })).toBe(0);
  });
});

describe("signing in with a second factor", () => {
  let secret = "";
  let backupCodes: string[] = [];

  beforeAll(async () => {
    ({ secret, backupCodes } = await enrol("emil@example.org", "192.0.2.10"));
    await db().session.deleteMany({ where: { user: { email: "emil@example.org" } } });
  });

  it("asks for the code after the right password and creates no session before it", async () => {
    const jar = await passwordStep("emil@example.org", "192.0.2.11");
    expect(await sessionsOf("emil@example.org")).toBe(0);
    expect(await verifySecondFactor({ code: totpCode(secret) }, jar.request(), jar.response)).toEqual({ ok: true });
    jar.take();
    expect(await sessionsOf("emil@example.org")).toBe(1);
    expect((await auth().api.getSession({ headers: jar.request() }))?.user.email).toBe("emil@example.org");
  });

  it("logs a wrong code as a failed attempt, without the code", async () => {
    const jar = await passwordStep("emil@example.org", "192.0.2.12");
    const wrong = wrongTotpCode(secret);
    expect(await verifySecondFactor({ code: wrong }, jar.request(), jar.response)).toEqual({ ok: false, error: "invalid" });
    expect(await verifySecondFactor({ code: " " }, jar.request(), jar.response)).toEqual({ ok: false, error: "missing" });
    const log = await db().signInAttempt.findMany({ where: { email: "emil@example.org", ipAddress: "192.0.2.12" }, orderBy: { id: "asc" } });
    expect(log.map((a) => [a.success, a.reason])).toEqual([
      [false, "two_factor_required"],
      [false, "INVALID_CODE"],
    ]);
    expect(JSON.stringify(log.map((row) => ({ ...row, id: String(row.id) })))).not.toContain(wrong);
    // The same challenge still accepts a right code (the next step's: the current one was used above).
    expect(await verifySecondFactor({ code: totpCode(secret, Date.now() + 30_000) }, jar.request(), jar.response)).toEqual({ ok: true });
  });

  it("accepts a code once: a second sign-in with it is refused and logged (ASVS 2.8.4; issue #14, finding 6)", async () => {
    const { secret: key } = await enrol("hugo@example.org", "192.0.2.50");
    const code = totpCode(key, Date.now() - 30_000);
    const first = await passwordStep("hugo@example.org", "192.0.2.51");
    expect(await verifySecondFactor({ code }, first.request(), first.response)).toEqual({ ok: true });
    const replay = await passwordStep("hugo@example.org", "192.0.2.52");
    expect(await verifySecondFactor({ code }, replay.request(), replay.response)).toEqual({ ok: false, error: "invalid" });
    // An older code of the window is refused too once a later one was used.
    const later = await passwordStep("hugo@example.org", "192.0.2.53");
    expect(await verifySecondFactor({ code: totpCode(key) }, later.request(), later.response)).toEqual({ ok: true });
    const older = await passwordStep("hugo@example.org", "192.0.2.54");
    expect(await verifySecondFactor({ code: totpCode(key, Date.now() - 30_000) }, older.request(), older.response)).toEqual({ ok: false, error: "invalid" });
    const reasons = await db().signInAttempt.findMany({ where: { email: "hugo@example.org", success: false, reason: "TOTP_REUSED" } });
    expect(reasons).toHaveLength(2);
    expect(await sessionsOf("hugo@example.org")).toBe(2 + 1); // two sign-ins and the enrolment session
  });

  it("accepts each backup code once", async () => {
    const code = backupCodes[3]!;
    const first = await passwordStep("emil@example.org", "192.0.2.13");
    expect(await verifySecondFactor({ code }, first.request(), first.response)).toEqual({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email: "emil@example.org" } });
    expect(await twoFactorState({ userId: user.id, email: user.email })).toEqual({ status: "on", backupCodesLeft: 9 });
    const second = await passwordStep("emil@example.org", "192.0.2.13");
    expect(await verifySecondFactor({ code }, second.request(), second.response)).toEqual({ ok: false, error: "invalid" });
  });

  it("without the two-factor cookie there is nothing to confirm", async () => {
    const stranger = new CookieJar("192.0.2.14");
    expect(await verifySecondFactor({ code: totpCode(secret) }, stranger.request())).toEqual({ ok: false, error: "expired" });
    const forged = new Headers({ cookie: "portal.two_factor=2fa-forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D", [SOCKET_ADDRESS_HEADER]: "192.0.2.14" });
    expect(await verifySecondFactor({ code: totpCode(secret) }, forged)).toEqual({ ok: false, error: "expired" });
  });
});

describe("wrong codes count toward the lockout", () => {
  it("locks the account after repeated wrong codes, even for the right code and the right password", async () => {
    const { secret } = await enrol("fritz@example.org", "192.0.2.20");
    const jar = await passwordStep("fritz@example.org", "192.0.2.21");
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) {
      expect(await verifySecondFactor({ code: wrongTotpCode(secret) }, jar.request(), jar.response)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await verifySecondFactor({ code: totpCode(secret) }, jar.request(), jar.response)).toEqual({ ok: false, error: "locked", minutes: 1 });
    const retry = new CookieJar("192.0.2.21");
    expect(await signIn({ email: "fritz@example.org", password: PASSWORD }, retry.request())).toEqual({ ok: false, error: "locked", minutes: 1 });
    const failures = await db().signInAttempt.count({ where: { email: "fritz@example.org", success: false, reason: "INVALID_CODE" } });
    expect(failures).toBe(FREE_FAILURES_PER_ADDRESS);
    expect(await sessionsOf("fritz@example.org")).toBe(1); // only the enrolment session
  });

  it("a right password waiting for its code is not a failure", async () => {
    await enrol("gina@example.org", "192.0.2.30");
    // Each step expects "secondFactorRequired"; a lockout would answer "locked" instead.
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS + 1; i++) await passwordStep("gina@example.org", "192.0.2.31");
  });
});

describe("switching it off", () => {
  it("asks for the password; afterwards the password alone signs in again", async () => {
    const jar = await passwordStep("dora@example.org", "192.0.2.40");
    expect(await verifySecondFactor({ code: totpCode(doraSecret) }, jar.request(), jar.response)).toEqual({ ok: true });
    jar.take();
    const dora = principalOf(await db().user.findUniqueOrThrow({ where: { email: "dora@example.org" } }));
    expect(await disableTwoFactor(dora, "not my password at all", jar.request(), jar.response)).toEqual({ ok: false, error: "wrongPassword" });
    expect((await db().user.findUniqueOrThrow({ where: { id: dora.userId } })).twoFactorEnabled).toBe(true);

    expect(await disableTwoFactor(dora, PASSWORD, jar.request(), jar.response)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: dora.userId } })).twoFactorEnabled).toBe(false);
    expect(await db().twoFactor.count({ where: { userId: dora.userId } })).toBe(0);
    expect(await twoFactorState({ userId: dora.userId, email: "dora@example.org" })).toEqual({ status: "off" });
    await signedIn("dora@example.org", "192.0.2.41");
  });
});

describe("administrators", () => {
  it("may do nothing until they have enrolled, and cannot switch it off", async () => {
    const root = await db().user.findUniqueOrThrow({ where: { email: "root@example.org" } });
    for (const permission of PERMISSIONS) expect(can(principalOf(root), permission), permission).toBe(false);

    const { secret } = await enrol("root@example.org", "192.0.2.50");
    expect(secret).not.toBe("");
    const enrolled = await db().user.findUniqueOrThrow({ where: { email: "root@example.org" } });
    expect(can(principalOf(enrolled), "staff.manage")).toBe(true);
    expect(can(principalOf(enrolled), "inquiry.readAll")).toBe(false);

    const jar = await passwordStep("root@example.org", "192.0.2.51");
    expect(await verifySecondFactor({ code: totpCode(secret) }, jar.request(), jar.response)).toEqual({ ok: true });
    jar.take();
    expect(await disableTwoFactor(principalOf(enrolled), PASSWORD, jar.request(), jar.response)).toEqual({ ok: false, error: "required" });
    expect((await db().user.findUniqueOrThrow({ where: { id: enrolled.id } })).twoFactorEnabled).toBe(true);
    expect(await db().twoFactor.count({ where: { userId: enrolled.id } })).toBe(1);
  });
});
