import { describe, expect, it } from "vitest";
import { Journey } from "@/lib/inquiries/journey";
import { parseStep } from "@/lib/inquiries/schema";

// Each step's answers as the draft stores them (parsed), so the journey sees them as complete.
const parsed = (step: Parameters<typeof parseStep>[0], raw: Record<string, unknown>) => {
  const result = parseStep(step, raw);
  if (!result.ok) throw new Error(`fixture for ${step} is invalid: ${JSON.stringify(result.errors)}`);
  return result.data;
};
const direction = parsed("direction", { direction: "TOKYO_TO_NRW" });
const company = parsed("company", { companyName: "Sakura Robotics K.K.", hqCity: "Tokyo", hqCountry: "JP", sizeBand: "10-49", isStartup: "yes", sectors: ["digital"] });
const plans = parsed("plans", { supportNeeds: ["location-search"], timeline: "6-12", description: "Wir möchten in NRW eine Vertriebs- und Serviceniederlassung für kollaborative Roboter gründen." });
const contact = parsed("contact", { contactName: "Hanako Yamada", contactEmail: "hanako.yamada@example.jp", contactPhone: "+81 3 6812 4410", replyLocale: "ja", privacyConsent: "yes" });

describe("the applicant journey", () => {
  it("starts at the first step and lets nobody skip ahead", () => {
    const journey = new Journey({});
    expect(journey.firstIncomplete).toBe("direction");
    expect(journey.complete).toBe(false);
    expect(journey.resumeStep).toBe("direction");
    expect(journey.mayVisit("direction")).toBe(true);
    expect(journey.mayVisit("company")).toBe(false);
  });

  it("goes forward step by step and back one at a time", () => {
    const journey = new Journey({ direction, company });
    expect(journey.firstIncomplete).toBe("plans");
    expect(journey.mayVisit("plans")).toBe(true);
    expect(journey.mayVisit("contact")).toBe(false);
    expect(journey.next("direction", { returnToCheck: false })).toBe("company");
    expect(journey.previous("company")).toBe("direction");
    expect(journey.previous("direction")).toBeUndefined();
  });

  it("after the last step, or coming from the check page, goes to the first gap, else to the check page", () => {
    expect(new Journey({ direction, plans, contact }).next("contact", { returnToCheck: false })).toBe("company");
    expect(new Journey({ direction, company, plans }).next("company", { returnToCheck: true })).toBe("contact");
    const complete = new Journey({ direction, company, plans, contact });
    expect(complete.complete).toBe(true);
    expect(complete.next("company", { returnToCheck: true })).toBe("check");
    expect(complete.next("contact", { returnToCheck: false })).toBe("check");
    expect(complete.mayVisit("contact")).toBe(true);
  });

  it("treats answers that are no longer valid as missing", () => {
    const journey = new Journey({ direction: { direction: "MARS_TO_NRW" }, company, plans, contact });
    expect(journey.resumeStep).toBe("direction");
    expect(journey.mayVisit("company")).toBe(false);
  });
});
