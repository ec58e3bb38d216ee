import "server-only";
// Who is asking: every staff page, Server Action and route handler starts here.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client.ts";
import type { OrganisationKind } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/routing.ts";
import { ABSOLUTE_TIMEOUT_SECONDS, auth } from "./auth.ts";
import { can, mustEnrolTwoFactor, principalOf, type Permission, type StaffPrincipal } from "./permissions.ts";

export type Staff = StaffPrincipal & {
  sessionId: string;
  name: string;
  email: string;
  organisation: { id: string; slug: string; shortName: string; kind: OrganisationKind } | null;
};

/** The signed-in staff member, or null; ends sessions past the absolute timeout or of deactivated accounts. */
export const getStaff = cache(async (): Promise<Staff | null> => {
  const found = await auth().api.getSession({ headers: await headers() });
  if (!found) return null;
  const { session } = found;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    include: { organisation: { select: { id: true, slug: true, shortName: true, kind: true } } },
  });
  const expired = Date.now() - new Date(session.createdAt).getTime() > ABSOLUTE_TIMEOUT_SECONDS * 1000;
  if (!user || !user.active || expired) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return {
    sessionId: session.id,
    ...principalOf(user),
    name: user.name,
    email: user.email,
    organisation: user.organisation,
  };
});

/**
 * Remembers the language a staff member uses the staff area in (the staff layout calls
 * it on each page): their mails follow it unless they chose one (lib/notifications/kinds.ts).
 * Writes only when it changed.
 */
export async function rememberUiLocale(staff: Staff, locale: Locale): Promise<void> {
  await db().user.updateMany({ where: { id: staff.userId, OR: [{ uiLocale: null }, { uiLocale: { not: locale } }] }, data: { uiLocale: locale } });
}

export function signInPath(locale: Locale, next?: string): string {
  return `/${locale}/admin/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`;
}

export function accountSecurityPath(locale: Locale): string {
  return `/${locale}/admin/account`;
}

/** Only for the account security page: any signed-in account, also one that still has to set up two-factor authentication. */
export async function requireSignedIn(locale: Locale, next?: string): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, next));
  return staff;
}

/**
 * For pages: anonymous visitors go to the sign-in page; an account that still has to
 * set up two-factor authentication goes to do that first.
 */
export async function requireStaff(locale: Locale, next?: string): Promise<Staff> {
  const staff = await requireSignedIn(locale, next);
  if (mustEnrolTwoFactor(staff)) redirect(accountSecurityPath(locale));
  return staff;
}

/** For pages: without the permission the page does not exist (404), as for a wrong address. */
export async function requirePermission(locale: Locale, permission: Permission, next?: string): Promise<Staff> {
  const staff = await requireStaff(locale, next);
  if (!can(staff, permission)) notFound();
  return staff;
}
