import "server-only";
// Staff authentication with better-auth: email + password (argon2id), TOTP as a second
// factor, sessions in PostgreSQL. Sign-up is closed; administrators invite staff
// (lib/auth/invitations.ts).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { db } from "../db/client.ts";
import { env, publicBaseUrl } from "../env.ts";
import { generateBackupCodes } from "./backup-codes.ts";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password.ts";

/** Sessions end after 30 minutes without a request (sliding) and at the latest after 12 hours. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/** The name authenticator apps show next to the account. */
export const TOTP_ISSUER = "NRW–Tokyo Portal";
/** Between the password and the code: the challenge lapses after ten minutes. */
export const SECOND_FACTOR_WINDOW_SECONDS = 10 * 60;

function createAuth() {
  if (!env.AUTH_SECRET && env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set (npm start provides one).");
  }
  return betterAuth({
    appName: "NRW–Tokyo Portal",
    baseURL: publicBaseUrl(),
    secret: env.AUTH_SECRET ?? "development-only-secret-not-for-production-use",
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: IDLE_TIMEOUT_SECONDS,
      // Every request more than a minute after the last extension slides the idle timeout.
      updateAge: 60,
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false },
        organisationId: { type: "string", required: false, input: false },
        active: { type: "boolean", input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no session, whatever its password.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return Boolean(user?.active);
          },
        },
      },
    },
    advanced: {
      cookiePrefix: "portal",
      useSecureCookies: publicBaseUrl().startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Brute-force protection is ours (lib/auth/lockout.ts): per account and per IP, in PostgreSQL.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    plugins: [
      // TOTP only (no codes by mail or SMS); backup codes for a lost phone, stored encrypted.
      twoFactor({
        issuer: TOTP_ISSUER,
        twoFactorCookieMaxAge: SECOND_FACTOR_WINDOW_SECONDS,
        totpOptions: { digits: 6, period: 30 },
        backupCodeOptions: { customBackupCodesGenerate: () => generateBackupCodes(), storeBackupCodes: "encrypted" },
      }),
      // Must stay last: it hands the cookies set by the calls above to Next.js.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as unknown as { portalAuth?: Auth };

/** Created on first use, so that importing this module at build time needs no secret. */
export function auth(): Auth {
  holder.portalAuth ??= createAuth();
  return holder.portalAuth;
}
