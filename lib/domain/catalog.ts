// Codes for sectors and support services. Municipality profiles, inquiries and
// the directory filters all use these; labels live in messages/*.json (catalog.*).

export const SECTORS = [
  "automotive",
  "chemicals",
  "digital",
  "energy",
  "hydrogen",
  "healthcare",
  "logistics",
  "machinery",
  "robotics",
  "electronics",
  "materials",
  "environment",
  "food",
  "creative",
] as const;
export type Sector = (typeof SECTORS)[number];

export const SUPPORT_SERVICES = [
  "location-search",
  "formation-legal",
  "tax",
  "funding",
  "matching",
  "recruiting",
  "visas-relocation",
  "real-estate",
  "research-cooperation",
  "market-research",
  "trade-fairs",
] as const;
export type SupportService = (typeof SUPPORT_SERVICES)[number];

export const MUNICIPALITY_SLUGS = [
  "aachen",
  "bochum",
  "duesseldorf",
  "essen",
  "koeln",
  "krefeld",
  "rhein-kreis-neuss",
] as const;
export type MunicipalitySlug = (typeof MUNICIPALITY_SLUGS)[number];

export const GATEWAY_SLUG = "nrw-global-business";
export const TOKYO_PARTNER_SLUG = "tokyo-partner";

export const DIRECTIONS = ["TOKYO_TO_NRW", "NRW_TO_TOKYO", "RESEARCH"] as const;

export const SIZE_BANDS = ["1-9", "10-49", "50-249", "250-999", "1000+"] as const;
export const TIMELINES = ["0-6", "6-12", "12-24", "24+", "unsure"] as const;

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
export function isSupportService(value: string): value is SupportService {
  return (SUPPORT_SERVICES as readonly string[]).includes(value);
}
