// The rules of issue #17 that pages and services share: who may see the applicant's
// contact person, who may name an owner, which notes a viewer reads and what the
// note form preselects.
import { describe, expect, it } from "vitest";
import { defaultNoteVisibility, mayReadNote } from "@/lib/domain/notes";
import { hasAccepted, mayAssignOwner, maySeeContact } from "@/lib/domain/workflow";

const responded = new Date("2026-12-01T09:00:00Z");

describe("the contact person", () => {
  it("the gateway always sees it, whatever it holds", () => {
    expect(maySeeContact("GATEWAY", [])).toBe(true);
  });

  it("a partner only after accepting: not while pending, not after a close it never answered", () => {
    expect(maySeeContact("PARTNER", [{ state: "PENDING", respondedAt: null }])).toBe(false);
    expect(maySeeContact("PARTNER", [{ state: "CLOSED", respondedAt: null }])).toBe(false);
    expect(maySeeContact("PARTNER", [{ state: "ACCEPTED", respondedAt: responded }])).toBe(true);
    expect(maySeeContact("PARTNER", [{ state: "CLOSED", respondedAt: responded }])).toBe(true);
    // An earlier return does not count; a later acceptance does.
    expect(maySeeContact("PARTNER", [{ state: "RETURNED", respondedAt: responded }])).toBe(false);
    expect(maySeeContact("PARTNER", [{ state: "RETURNED", respondedAt: responded }, { state: "ACCEPTED", respondedAt: responded }])).toBe(true);
    expect(hasAccepted({ state: "WITHDRAWN", respondedAt: null })).toBe(false);
  });

  it("an administrator never", () => {
    expect(maySeeContact("ADMIN", [{ state: "ACCEPTED", respondedAt: responded }])).toBe(false);
  });
});

describe("naming an owner", () => {
  it("while the organisation holds the case, not once it is closed or no longer held", () => {
    expect(mayAssignOwner("FORWARDED", { role: "PARTNER", ownAssignment: "PENDING" })).toBe(true);
    expect(mayAssignOwner("ACCEPTED", { role: "PARTNER", ownAssignment: "ACCEPTED" })).toBe(true);
    expect(mayAssignOwner("TRIAGED", { role: "GATEWAY", ownAssignment: "ACCEPTED" })).toBe(true);
    expect(mayAssignOwner("CLOSED", { role: "GATEWAY", ownAssignment: "ACCEPTED" })).toBe(false);
    expect(mayAssignOwner("FORWARDED", { role: "PARTNER" })).toBe(false);
    expect(mayAssignOwner("FORWARDED", { role: "ADMIN", ownAssignment: "ACCEPTED" })).toBe(false);
  });
});

describe("notes", () => {
  it("partners write private notes by default, the gateway shared ones", () => {
    expect(defaultNoteVisibility("PARTNER")).toBe("ORGANISATION");
    expect(defaultNoteVisibility("GATEWAY")).toBe("SHARED");
  });

  it("a private note is read only inside its organisation; a shared one by everyone on the case", () => {
    const essen = "org-essen";
    expect(mayReadNote({ visibility: "ORGANISATION", organisationId: essen }, essen)).toBe(true);
    expect(mayReadNote({ visibility: "ORGANISATION", organisationId: essen }, "org-gateway")).toBe(false);
    expect(mayReadNote({ visibility: "ORGANISATION", organisationId: null }, null)).toBe(false);
    expect(mayReadNote({ visibility: "SHARED", organisationId: essen }, "org-gateway")).toBe(true);
  });
});
