// A signed-in staff member as the services see one, for tests that call them directly.
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function principal(role: Staff["role"], slug: string, name: string): Promise<Staff> {
  const org = await db().organisation.findUniqueOrThrow({ where: { slug } });
  return {
    sessionId: `session-${name}`, userId: `user-${name}`, role, organisationId: org.id, twoFactorEnabled: true, name,
    email: `${name}@example.org`, organisation: { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}
