// Sign-in against a real database through better-auth: passwords, lockout,
// the sign-in log, and deactivation ending sessions at once.
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, setStaffActive } from "@/lib/auth/accounts";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/lockout";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-ip";

const PASSWORD = "a long enough passphrase";
const from = (ip: string) => new Headers({ [SOCKET_ADDRESS_HEADER]: ip, "user-agent": "vitest" });

beforeAll(async () => {
  await seedOrganisations(db());
  const essen = await db().organisation.findUniqueOrThrow({ where: { slug: "essen" } });
  for (const email of ["anna@example.org", "ben@example.org", "carla@example.org"]) {
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

  it("locks an account after repeated failures, even for the right password", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect((await signIn({ email: "ben@example.org", password: `guess number ${i}!` }, from(`192.0.2.${20 + i}`))).ok).toBe(false);
    }
    expect(await signIn({ email: "ben@example.org", password: PASSWORD }, from("192.0.2.99"))).toEqual({ ok: false, error: "locked" });
    expect(await db().session.count({ where: { user: { email: "ben@example.org" } } })).toBe(0);
    // Another account is not affected.
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
