// The submission's snapshot of the organisations: read once, kept for a short
// while, read again when it is older than the TTL or forgotten.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GATEWAY_SLUG } from "@/lib/domain/catalog";
import { forgetOrganisationDirectory, municipalityNamesIn, organisationDirectory, organisationNamesIn, SUBMIT_CONTEXT_TTL_MS } from "@/lib/inquiries/submit-context";
import { municipalityNames, organisationNames } from "@/lib/inquiries/municipality-names";
import { seedOrganisations } from "@/prisma/seed/index";

beforeAll(async () => {
  await seedOrganisations(db());
});
afterEach(() => forgetOrganisationDirectory(db()));

describe("the organisation snapshot of a submission", () => {
  it("names organisations exactly as the per-request queries do", async () => {
    const directory = await organisationDirectory(db());
    for (const locale of ["de", "ja", "en"]) expect(municipalityNamesIn(directory, locale)).toEqual(await municipalityNames(db(), locale));
    const slugs = ["koeln", "krefeld", GATEWAY_SLUG, "no-such-organisation"];
    expect(organisationNamesIn(directory, slugs, "de")).toEqual(await organisationNames(db(), slugs, "de"));
  });

  it("is kept for the TTL and read again after it", async () => {
    const t0 = Date.now();
    const first = await organisationDirectory(db(), t0);
    await db().organisation.update({ where: { slug: GATEWAY_SLUG }, data: { email: "changed@gateway.example" } });
    expect((await organisationDirectory(db(), t0 + SUBMIT_CONTEXT_TTL_MS - 1)).gateway.email).toBe(first.gateway.email);
    expect((await organisationDirectory(db(), t0 + SUBMIT_CONTEXT_TTL_MS)).gateway.email).toBe("changed@gateway.example");
  });

  it("is read again at once when forgotten", async () => {
    await organisationDirectory(db());
    await db().organisation.update({ where: { slug: GATEWAY_SLUG }, data: { email: "forgotten@gateway.example" } });
    forgetOrganisationDirectory(db());
    expect((await organisationDirectory(db())).gateway.email).toBe("forgotten@gateway.example");
  });
});
