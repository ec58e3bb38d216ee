import { describe, expect, it } from "vitest";
import { allowedActions, isAllowed, nextStatus, statusFromAssignments } from "@/lib/domain/workflow";

const gateway = { role: "GATEWAY" as const };

describe("inquiry workflow", () => {
  it("lets the gateway triage and forward a new inquiry, and nobody else", () => {
    expect(allowedActions("NEW", gateway)).toEqual(["triage", "forward", "close"]);
    expect(allowedActions("NEW", { role: "PARTNER" })).toEqual([]);
    expect(allowedActions("NEW", { role: "ADMIN" })).toEqual([]);
  });

  it("lets a partner accept or return only what is pending with its own organisation", () => {
    expect(allowedActions("FORWARDED", { role: "PARTNER", ownAssignment: "PENDING" })).toEqual(["accept", "return"]);
    expect(allowedActions("FORWARDED", { role: "PARTNER" })).toEqual([]);
    expect(allowedActions("FORWARDED", { role: "PARTNER", ownAssignment: "RETURNED" })).toEqual([]);
    expect(allowedActions("ACCEPTED", { role: "PARTNER", ownAssignment: "ACCEPTED" })).toEqual(["return", "start", "close"]);
  });

  it("never moves a closed inquiry except by reopening", () => {
    expect(allowedActions("CLOSED", gateway)).toEqual(["reopen"]);
    expect(allowedActions("CLOSED", { role: "PARTNER", ownAssignment: "ACCEPTED" })).toEqual([]);
    expect(isAllowed("close", "CLOSED", gateway)).toBe(false);
  });

  it("derives the status from the partner assignments", () => {
    expect(statusFromAssignments("FORWARDED", ["PENDING"])).toBe("FORWARDED");
    expect(statusFromAssignments("FORWARDED", ["PENDING", "ACCEPTED"])).toBe("ACCEPTED");
    expect(statusFromAssignments("IN_PROGRESS", ["ACCEPTED", "PENDING"])).toBe("IN_PROGRESS");
    // A return with nobody else holding it goes back to the gateway.
    expect(statusFromAssignments("ACCEPTED", ["RETURNED"])).toBe("TRIAGED");
    expect(nextStatus("return", "FORWARDED", ["RETURNED", "PENDING"])).toBe("FORWARDED");
    expect(nextStatus("start", "ACCEPTED", ["ACCEPTED"])).toBe("IN_PROGRESS");
    expect(nextStatus("forward", "TRIAGED", ["PENDING"])).toBe("FORWARDED");
  });
});
