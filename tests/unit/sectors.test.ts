// Issue 24, item 6: robotics and electronics are sectors everywhere a sector is
// offered; each has a label in German, Japanese and English.
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { SECTORS } from "@/lib/domain/catalog";
import { parseInquiryFilter } from "@/lib/casework/filters";
import { parseMunicipalityFilter } from "@/lib/municipalities/filter";
import { parseStep } from "@/lib/inquiries/schema";

describe("sectors", () => {
  it("include robotics and automation, and electronics and semiconductors, in all three languages", () => {
    expect(SECTORS).toContain("robotics");
    expect(SECTORS).toContain("electronics");
    expect([de, ja, en].map((m) => [m.catalog.sectors.robotics, m.catalog.sectors.electronics])).toEqual([
      ["Robotik und Automatisierung", "Elektronik und Halbleiter"],
      ["ロボット・自動化", "エレクトロニクス・半導体"],
      ["Robotics and automation", "Electronics and semiconductors"],
    ]);
    for (const messages of [de, ja, en]) expect(Object.keys(messages.catalog.sectors)).toEqual([...SECTORS]);
  });

  it("are accepted by the form, the directory filter and the staff inbox filter", () => {
    const company = { companyName: "株式会社サクラ", hqCity: "東京", hqCountry: "JP", sizeBand: "10-49", isStartup: "no", sectors: ["robotics", "electronics"] };
    const parsed = parseStep("company", company);
    expect(parsed.ok && parsed.data.sectors).toEqual(["robotics", "electronics"]);
    expect(parseMunicipalityFilter({ sector: "electronics" }).sector).toBe("electronics");
    expect(parseInquiryFilter({ sector: "robotics" }).sector).toBe("robotics");
  });
});
