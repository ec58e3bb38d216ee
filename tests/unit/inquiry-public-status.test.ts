import { describe, expect, it } from "vitest";
import { publicStatus, type StatusAssignment } from "@/lib/inquiries/public-status";

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
