// Sign-in against a real database through better-auth: passwords, lockout,
// the sign-in log, and deactivation ending sessions at once.
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, setStaffActive } from "@/lib/auth/accounts";
import { delayAfterFailures, FREE_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/lockout";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-ip";

const PASSWORD = "a long enough passphrase";
const from = (ip: string) => new Headers({ [SOCKET_ADDRESS_HEADER]: ip, "user-agent": "vitest" });

beforeAll(async () => {
  await seedOrganisations(db());
  const essen = await db().organisation.findUniqueOrThrow({ where: { slug: "essen" } });
  for (const email of ["anna@example.org", "ben@example.org", "carla@example.org", "gateway-owner@example.org", "dieter@example.org"]) {
    await createStaffAccount(db(), { email, name: email, role: "PARTNER", organisationId: essen.id, password: PASSWORD });
  }
});

describe("staff sign-in", () => {
  it("stores an argon2id hash, never the password", async () => {
    const account = await db().account.findFirstOrThrow({ where: { user: { email: "anna@example.org" } } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain(PASSWORD);
  });

  it("signs in with the right password and logs every attempt without the password", async () => {
    expect(await signIn({ email: "Anna@Example.org ", password: "wrong password!!" }, from("192.0.2.1"))).toEqual({ ok: false, error: "invalid" });
    expect(await signIn({ email: "anna@example.org", password: PASSWORD }, from("192.0.2.1"))).toEqual({ ok: true });
    const log = await db().signInAttempt.findMany({ where: { email: "anna@example.org" }, orderBy: { id: "asc" } });
    expect(log.map((a) => a.success)).toEqual([false, true]);
    const logged = JSON.stringify(log.map((row) => ({ ...row, id: String(row.id) })));
    expect(logged).not.toContain("wrong password");
    expect(logged).not.toContain(PASSWORD);
    expect(await db().session.count({ where: { user: { email: "anna@example.org" } } })).toBe(1);
  });

  it("throttles an address after repeated failures, even for the right password; another account is not affected", async () => {
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) {
      expect((await signIn({ email: "ben@example.org", password: `guess number ${i}!` }, from("192.0.2.20"))).ok).toBe(false);
    }
    expect(await signIn({ email: "ben@example.org", password: PASSWORD }, from("192.0.2.20"))).toEqual({ ok: false, error: "locked", minutes: 1 });
    expect(await db().session.count({ where: { user: { email: "ben@example.org" } } })).toBe(0);
    expect(await signIn({ email: "carla@example.org", password: PASSWORD }, from("192.0.2.99"))).toEqual({ ok: true });
  });

  it("ends every session when an account is deactivated, and refuses new ones", async () => {
    const carla = await db().user.findUniqueOrThrow({ where: { email: "carla@example.org" } });
    expect(await db().session.count({ where: { userId: carla.id } })).toBe(1);
    await setStaffActive(db(), carla.id, false);
    expect(await db().session.count({ where: { userId: carla.id } })).toBe(0);
    expect(await signIn({ email: "carla@example.org", password: PASSWORD }, from("192.0.2.50"))).toEqual({ ok: false, error: "invalid" });
  });
});

/** Moves every logged attempt of `email` `minutes` into the past, as if that time had gone by. */
async function letTimePass(email: string, minutes: number) {
  await db().$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - ${minutes} * interval '1 minute' WHERE email = ${email}`;
}

describe("lockout abuse (issue #14, finding 4)", () => {
  it("waits grow with each failure beyond the free ones, up to an hour", () => {
    expect([4, 5, 6, 7, 8, 10, 11, 40].map(delayAfterFailures)).toEqual([0, 1, 2, 4, 8, 32, 60, 60]);
  });

  it("attempts refused during a lock do not extend it", async () => {
    const email = "dieter@example.org";
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) await signIn({ email, password: `guess number ${i}!` }, from("192.0.2.60"));
    await letTimePass(email, 0.9);
    // Someone keeps hammering during the lock: each is refused, none counts.
    for (let i = 0; i < 10; i++) expect(await signIn({ email, password: `guess again ${i}!` }, from("192.0.2.60"))).toMatchObject({ ok: false, error: "locked" });
    await letTimePass(email, 0.2);
    expect(await signIn({ email, password: PASSWORD }, from("192.0.2.60"))).toEqual({ ok: true });
  });

  it("an attacker who knows the address cannot keep its owner out; new addresses meet the account's ceiling", async () => {
    const email = "gateway-owner@example.org";
    const usual = "192.0.2.70";
    expect(await signIn({ email, password: PASSWORD }, from(usual))).toEqual({ ok: true });
    await letTimePass(email, 60 * 24 * 7);
    // A distributed guess: many addresses, each within its free failures, together over the ceiling.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 5; i++) {
      const result = await signIn({ email, password: `distributed guess ${i}!` }, from(`198.51.100.${Math.floor(i / 4) + 1}`));
      expect(result.ok).toBe(false);
    }
    expect(await signIn({ email, password: PASSWORD }, from("203.0.113.5"))).toEqual({ ok: false, error: "locked", minutes: 15 });
    // The owner, from the address they signed in from last week, gets in.
    expect(await signIn({ email, password: PASSWORD }, from(usual))).toEqual({ ok: true });
  });
});
