// The content editor's grant on the staff page (issue #19): an administrator gives an
// account User.contentEditor through the staff action wrapper, and the account may then
// edit every piece of public content (content.editAll) and nothing more; the grant is
// taken back the same way. Only an account with staff.grantContentEditor may do it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, principalOf } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { setContentEditorAction } from "@/lib/auth/staff-actions";
import { loadEditor } from "@/lib/content/editor";
import { db } from "@/lib/db/client";
import { GATEWAY_SLUG } from "@/lib/domain/catalog";
import { seedOrganisations } from "@/prisma/seed/index";

const session = vi.hoisted(() => ({ current: null as Staff | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getStaff: async () => session.current,
}));

const person = (role: Staff["role"], name: string, organisationId: string | null = null): Staff => ({
  sessionId: `session-${name}`, userId: `user-${name}`, role, organisationId, twoFactorEnabled: true, contentEditor: false, name, email: `${name}@example.org`, organisation: null,
});

async function post(as: Staff, userId: string, contentEditor: boolean): Promise<string> {
  session.current = as;
  const form = new FormData();
  form.set("locale", "de");
  form.set("userId", userId);
  form.set("contentEditor", String(contentEditor));
  try {
    await setContentEditorAction(form);
    return "no redirect";
  } catch (error) {
    // redirect() throws; its target is in the digest "NEXT_REDIRECT;replace;/de/admin/staff?result=…;307;".
    return String((error as { digest?: string }).digest ?? error).split(";")[2] ?? "";
  }
}

const editorOf = async (userId: string) => principalOf(await db().user.findUniqueOrThrow({ where: { id: userId } }));

beforeAll(async () => {
  await seedOrganisations(db());
  await db().user.create({ data: { id: "user-second-admin", name: "Second admin", email: "second-admin@example.org", role: "ADMIN", twoFactorEnabled: true } });
});

describe("granting the content editor's permission", () => {
  const admin = person("ADMIN", "admin");

  it("is in the one permission table: administrators may, nobody else", async () => {
    const gateway = (await db().organisation.findUniqueOrThrow({ where: { slug: GATEWAY_SLUG } })).id;
    expect(can(admin, "staff.grantContentEditor")).toBe(true);
    expect(can(person("GATEWAY", "gateway", gateway), "staff.grantContentEditor")).toBe(false);
    expect(can(person("PARTNER", "essen"), "staff.grantContentEditor")).toBe(false);
    expect(can(person("PROGRAMME_OWNER", "ministry"), "staff.grantContentEditor")).toBe(false);
  });

  it("an administrator grants it: the account edits content, and still sees no inquiries", async () => {
    expect(can(await editorOf("user-second-admin"), "content.editAll")).toBe(false);
    expect(await loadEditor(await editorOf("user-second-admin"), "profile", "essen")).toBeUndefined();
    expect(await post(admin, "user-second-admin", true)).toBe("/de/admin/staff?result=editorGranted#result");
    const granted = await editorOf("user-second-admin");
    expect(can(granted, "content.editAll")).toBe(true);
    expect(can(granted, "inquiry.readAll")).toBe(false);
    expect(await loadEditor(granted, "profile", "essen")).toBeDefined();
  });

  it("an administrator takes it back", async () => {
    expect(await post(admin, "user-second-admin", false)).toBe("/de/admin/staff?result=editorRevoked#result");
    expect(can(await editorOf("user-second-admin"), "content.editAll")).toBe(false);
  });

  it("the gateway cannot grant it (not even to itself), and an unknown account is refused", async () => {
    expect(await post(person("GATEWAY", "gateway"), "user-second-admin", true)).toBe("/de/admin");
    expect((await db().user.findUniqueOrThrow({ where: { id: "user-second-admin" } })).contentEditor).toBe(false);
    expect(await post(admin, "user-nobody", true)).toBe("/de/admin/staff?result=invalid#result");
  });
});
