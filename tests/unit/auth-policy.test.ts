import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { can, mustEnrolTwoFactor, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";

describe("password policy", () => {
  it("wants twelve characters and nothing else about composition", () => {
    expect(passwordProblem("short-pass1")).toBe("tooShort");
    expect(passwordProblem("correct horse battery")).toBeUndefined();
    expect(passwordProblem("ながいパスワードをつかいます")).toBeUndefined();
    expect(passwordProblem("x".repeat(257))).toBe("tooLong");
  });

  it("refuses common passwords and thin disguises of them", () => {
    expect(isCommonPassword("1qaz2wsx3edc")).toBe(true);
    expect(isCommonPassword("Password2026!")).toBe(true);
    expect(isCommonPassword("qwertyqwertyqwerty")).toBe(true);
    expect(passwordProblem("qwerty123456")).toBe("common");
    expect(isCommonPassword("portal-demo-2026")).toBe(false);
  });

  it("hashes with argon2id at OWASP's minimum cost and verifies", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash: stored, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: "correct horse batterY" })).toBe(false);
    expect(await verifyPassword({ hash: "not-a-hash", password: "x" })).toBe(false);
  });
});

describe("role table", () => {
  it("names only known permissions", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const p of permissions) expect(PERMISSIONS).toContain(p);
    }
  });

  it("keeps administrators away from applicants' data and partners away from triage", () => {
    const admin = { userId: "a", role: "ADMIN" as const, organisationId: null, twoFactorEnabled: true };
    const partner = { userId: "p", role: "PARTNER" as const, organisationId: "org", twoFactorEnabled: false };
    expect(can(admin, "inquiry.readAll")).toBe(false);
    expect(can(admin, "staff.manage")).toBe(true);
    expect(can(partner, "inquiry.forward")).toBe(false);
    expect(can(partner, "inquiry.respond")).toBe(true);
    expect(can(null, "inquiry.readAssigned")).toBe(false);
  });

  it("denies an administrator without two-factor authentication every permission", () => {
    const admin = { userId: "a", role: "ADMIN" as const, organisationId: null, twoFactorEnabled: false };
    expect(mustEnrolTwoFactor(admin)).toBe(true);
    for (const permission of PERMISSIONS) expect(can(admin, permission), permission).toBe(false);
    expect(mustEnrolTwoFactor({ ...admin, twoFactorEnabled: true })).toBe(false);
    // Two-factor authentication is open to everyone but required only of administrators.
    expect(mustEnrolTwoFactor({ userId: "g", role: "GATEWAY", organisationId: null, twoFactorEnabled: false })).toBe(false);
  });
});
