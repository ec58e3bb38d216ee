import { describe, expect, it } from "vitest";
import { filterMunicipalities, parseMunicipalityFilter } from "@/lib/municipalities/filter";

const list = [
  { slug: "essen", sectors: ["energy", "healthcare"], services: ["location-search", "funding"] },
  { slug: "koeln", sectors: ["digital", "creative"], services: ["matching", "funding"] },
];

describe("directory filter", () => {
  it("keeps only known codes from the query string", () => {
    expect(parseMunicipalityFilter({ sector: "energy", service: "nonsense" })).toEqual({ sector: "energy", service: undefined });
    expect(parseMunicipalityFilter({ sector: ["digital", "energy"] })).toEqual({ sector: "digital", service: undefined });
    expect(parseMunicipalityFilter({})).toEqual({ sector: undefined, service: undefined });
  });

  it("combines sector and service", () => {
    expect(filterMunicipalities(list, {}).map((m) => m.slug)).toEqual(["essen", "koeln"]);
    expect(filterMunicipalities(list, { service: "funding" }).map((m) => m.slug)).toEqual(["essen", "koeln"]);
    expect(filterMunicipalities(list, { sector: "energy", service: "funding" }).map((m) => m.slug)).toEqual(["essen"]);
    expect(filterMunicipalities(list, { sector: "digital", service: "location-search" })).toEqual([]);
  });
});
