import { describe, expect, it } from "vitest";
import { milestoneLine, publicMilestones, publicStatus, type StatusAssignment, type TimelineEvent } from "@/lib/inquiries/public-status";

const gateway = (state: StatusAssignment["state"]): StatusAssignment => ({ state, organisation: { slug: "nrw-global-business", kind: "GATEWAY" } });
const town = (slug: string, state: StatusAssignment["state"]): StatusAssignment => ({ state, organisation: { slug, kind: "MUNICIPALITY" } });

describe("what applicants are told about their inquiry", () => {
  it("a new inquiry has been received and is with the gateway", () => {
    expect(publicStatus({ status: "NEW", assignments: [gateway("PENDING")] })).toEqual({ stage: "received", handledBy: [] });
  });

  it("a triaged inquiry is being reviewed by the gateway", () => {
    expect(publicStatus({ status: "TRIAGED", assignments: [gateway("ACCEPTED")] })).toEqual({ stage: "with-gateway", handledBy: [] });
  });

  it("a forwarded inquiry names the partners that hold it, not those that returned it", () => {
    const assignments = [gateway("ACCEPTED"), town("koeln", "PENDING"), town("essen", "RETURNED"), town("bochum", "ACCEPTED")];
    expect(publicStatus({ status: "FORWARDED", assignments })).toEqual({ stage: "forwarded", handledBy: ["bochum", "koeln"] });
  });

  it("a forwarded inquiry that every partner returned is back with the gateway", () => {
    expect(publicStatus({ status: "FORWARDED", assignments: [gateway("ACCEPTED"), town("essen", "RETURNED")] })).toEqual({ stage: "with-gateway", handledBy: [] });
  });

  it("accepted and in-progress inquiries are in progress with whoever accepted them", () => {
    const assignments = [gateway("ACCEPTED"), town("krefeld", "ACCEPTED"), town("aachen", "PENDING")];
    expect(publicStatus({ status: "ACCEPTED", assignments })).toEqual({ stage: "in-progress", handledBy: ["krefeld"] });
    expect(publicStatus({ status: "IN_PROGRESS", assignments })).toEqual({ stage: "in-progress", handledBy: ["krefeld"] });
    const tokyo: StatusAssignment = { state: "ACCEPTED", organisation: { slug: "tokyo-partner", kind: "TOKYO_PARTNER" } };
    expect(publicStatus({ status: "IN_PROGRESS", assignments: [gateway("ACCEPTED"), tokyo] }).handledBy).toEqual(["tokyo-partner"]);
    expect(publicStatus({ status: "IN_PROGRESS", assignments: [gateway("ACCEPTED")] })).toEqual({ stage: "in-progress", handledBy: [] });
  });

  it("a closed inquiry is closed, whatever its assignments", () => {
    expect(publicStatus({ status: "CLOSED", assignments: [gateway("CLOSED"), town("koeln", "ACCEPTED")] })).toEqual({ stage: "closed", handledBy: [] });
  });
});

describe("the steps applicants see, with their dates", () => {
  const orgs = new Map([
    ["g", { slug: "nrw-global-business", kind: "GATEWAY" as const }],
    ["e", { slug: "essen", kind: "MUNICIPALITY" as const }],
    ["k", { slug: "koeln", kind: "MUNICIPALITY" as const }],
  ]);
  const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 11, day, hour));
  const event = (type: string, createdAt: Date, actor: string | null, target: string | null = null, data: unknown = {}): TimelineEvent => ({ type, createdAt, actorOrganisationId: actor, targetOrganisationId: target, data });

  it("lists received, one step per forward (several organisations at once), accepts, the close and a reopen; nothing internal", () => {
    const steps = publicMilestones(
      {
        submittedAt: at(1),
        events: [
          event("TRIAGED", at(1, 12), "g"),
          event("FORWARDED", at(2), "g", "e"),
          event("FORWARDED", at(2), "g", "k"),
          event("RETURNED", at(3), "k", null, { reason: "intern" }),
          event("ACCEPTED", at(3, 11), "e"),
          event("NOTE_ADDED", at(3, 12), "e"),
          event("CLOSED", at(4), "e", "e", { part: true }),
          event("CLOSED", at(5), "g", null, { outcome: "settled" }),
          event("REOPENED", at(6), "g"),
        ],
      },
      orgs,
    );
    expect(steps.map((s) => [s.kind, s.at.getUTCDate(), s.names])).toEqual([
      ["received", 1, []],
      ["forwarded", 2, ["essen", "koeln"]],
      ["accepted", 3, ["essen"]],
      ["closed", 5, []],
      ["reopened", 6, []],
    ]);
  });

  it("writes each step as people write dates where they read it", () => {
    const t = (key: string, values?: Record<string, string>) => `${key}(${values?.names ?? ""})`;
    const step = { kind: "forwarded" as const, at: "2026-12-01T23:30:00Z", names: ["エッセン", "ケルン"] };
    // Half past midnight in Germany: the programme's day is the 2nd.
    expect(milestoneLine(t, step, "ja")).toBe("2026年12月2日：milestones.forwarded(エッセン、ケルン)");
    expect(milestoneLine(t, { ...step, names: ["Essen", "Köln"] }, "de")).toBe("2. Dezember 2026: milestones.forwarded(Essen und Köln)");
    expect(milestoneLine(t, { ...step, names: ["Essen", "Cologne"] }, "en")).toBe("December 2, 2026: milestones.forwarded(Essen and Cologne)");
  });
});
