// Saved replies on a real PostgreSQL: an organisation edits and deletes its own, never
// another's (that one is "not found", as if it did not exist); bad input changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { deleteTemplate, organisationTemplates, saveTemplate, templatesFor, updateTemplate } from "@/lib/conversation/templates";
import { db } from "@/lib/db/client";
import { seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

const staff: Record<"gateway" | "essen" | "essen2" | "koeln" | "admin", Staff> = {} as never;
const idOf = async (who: Staff, title: string) => (await organisationTemplates(who)).find((t) => t.title === title)!.id;

beforeAll(async () => {
  await seedOrganisations(db());
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.essen2 = await principal("PARTNER", "essen", "essen-colleague");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.admin = { ...(await principal("ADMIN", "nrw-global-business", "admin")), role: "ADMIN" };
  expect(await saveTemplate(staff.essen, { locale: "ja", title: "ご挨拶", body: "お問い合わせありがとうございます。" })).toBe(true);
  expect(await saveTemplate(staff.koeln, { locale: "de", title: "Begrüßung", body: "Vielen Dank für Ihre Anfrage." })).toBe(true);
});

describe("editing a saved reply", () => {
  it("a colleague of the same organisation changes title, language and text", async () => {
    const id = await idOf(staff.essen, "ご挨拶");
    expect(await updateTemplate(staff.essen2, id, { locale: "en", title: "  Greeting  ", body: "Thank you for your inquiry." })).toBe("ok");
    expect(await templatesFor(staff.essen, "ja")).toEqual([]);
    expect(await templatesFor(staff.essen, "en")).toEqual([{ id, title: "Greeting", body: "Thank you for your inquiry." }]);
  });

  it("refuses bad input and leaves the reply as it was", async () => {
    const id = await idOf(staff.essen, "Greeting");
    expect(await updateTemplate(staff.essen, id, { locale: "en", title: "", body: "x" })).toBe("invalid");
    expect(await updateTemplate(staff.essen, id, { locale: "en", title: "t", body: "x".repeat(4001) })).toBe("invalid");
    expect(await updateTemplate(staff.essen, id, { locale: "fr" as never, title: "t", body: "x" })).toBe("invalid");
    expect(await updateTemplate(staff.essen, "not-a-uuid", { locale: "en", title: "t", body: "x" })).toBe("notFound");
    expect((await organisationTemplates(staff.essen)).map((t) => t.title)).toEqual(["Greeting"]);
  });

  it("another organisation's reply is not found, and an administrator may not", async () => {
    const koelns = await idOf(staff.koeln, "Begrüßung");
    expect(await updateTemplate(staff.essen, koelns, { locale: "de", title: "Übernommen", body: "x" })).toBe("notFound");
    expect(await updateTemplate(staff.gateway, koelns, { locale: "de", title: "Übernommen", body: "x" })).toBe("notFound");
    expect(await updateTemplate(staff.admin, koelns, { locale: "de", title: "Übernommen", body: "x" })).toBe("notAllowed");
    expect((await organisationTemplates(staff.koeln)).map((t) => t.title)).toEqual(["Begrüßung"]);
    expect(await organisationTemplates(staff.admin)).toEqual([]);
  });
});

describe("deleting a saved reply", () => {
  it("only the own organisation's, once", async () => {
    const koelns = await idOf(staff.koeln, "Begrüßung");
    expect(await deleteTemplate(staff.essen, koelns)).toBe("notFound");
    expect(await deleteTemplate(staff.admin, koelns)).toBe("notAllowed");
    expect(await db().messageTemplate.count({ where: { id: koelns } })).toBe(1);
    expect(await deleteTemplate(staff.koeln, koelns)).toBe("ok");
    expect(await deleteTemplate(staff.koeln, koelns)).toBe("notFound");
    expect(await organisationTemplates(staff.koeln)).toEqual([]);
    expect(await organisationTemplates(staff.essen)).toHaveLength(1);
  });
});
