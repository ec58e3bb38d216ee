import type { Locale } from "../../lib/i18n/routing.ts";
import type { MunicipalitySlug, Sector, SupportService } from "../../lib/domain/catalog.ts";

export type Translated<T> = Record<Locale, T>;

export type MunicipalityTexts = {
  /** The municipality's name in this language (Köln / ケルン / Cologne). */
  name: string;
  agencyName: string;
  /** One sentence, shown on the directory card. */
  tagline: string;
  /** Two or three short paragraphs separated by blank lines. */
  description: string;
  /** What the agency offers companies from Japan / Tokyo; a paragraph. */
  offerForJapan: string;
  /** One fact per entry. */
  japanFacts: string[];
};

export type MunicipalitySeed = {
  slug: MunicipalitySlug;
  /** Legal name of the economic development agency (German). */
  organisationName: string;
  shortName: string;
  /** The agency's name as readers of each language know it (staff views, mails, exports). */
  displayNames: Translated<string>;
  email: string;
  phone?: string;
  website?: string;
  street?: string;
  postcode?: string;
  city: string;
  sectors: Sector[];
  services: SupportService[];
  /** Position on the schematic NRW map, 0..100 in both axes (x east, y south). */
  mapX: number;
  mapY: number;
  population?: number;
  japaneseCompanies?: number;
  contactName?: string;
  texts: Translated<MunicipalityTexts>;
};

export type EventSeed = {
  slug: string;
  /** ISO 8601 with offset. */
  startsAt: string;
  endsAt: string;
  format: "ONLINE" | "ONSITE" | "HYBRID";
  hostSlug?: string;
  texts: Translated<{ title: string; summary: string; location: string }>;
  /** Registration settings (issue #20); without them the event takes no registrations. */
  registration?: {
    capacity?: number;
    /** ISO 8601 with offset. */
    deadline?: string;
    onlineUrl?: string;
    requiresApproval?: boolean;
    /** lib/events/questions.ts */
    questions?: unknown[];
    /** One-to-one meeting slots, ISO 8601 with offset. */
    slots?: { startsAt: string; endsAt: string }[];
  };
};

/** The applicant's side of a demo inquiry; the seed adds dates, status and routing. */
export type DemoInquirySeed = {
  direction: "TOKYO_TO_NRW" | "NRW_TO_TOKYO" | "RESEARCH";
  /** Language the form was filled in, and the one replies go out in. */
  locale: Locale;
  companyName: string;
  /** Latin spelling for Japanese company names. */
  companyNameLatin?: string;
  website?: string;
  hqCity: string;
  /** ISO 3166-1 alpha-2, e.g. "JP", "DE". */
  hqCountry: string;
  sizeBand: "1-9" | "10-49" | "50-249" | "250-999" | "1000+";
  foundedYear?: number;
  isStartup: boolean;
  sectors: Sector[];
  supportNeeds: SupportService[];
  timeline: "0-6" | "6-12" | "12-24" | "24+" | "unsure";
  plannedInvestment?: "lt-250k" | "250k-1m" | "1m-5m" | "5m-20m" | "gt-20m";
  plannedJobs?: number;
  /** Preferred partner municipalities (may be empty: no preference). */
  preferred: MunicipalitySlug[];
  /** 300 to 1,200 characters, in the inquiry's language. */
  description: string;
  contactName: string;
  /** Latin spelling for contact names in Japanese script. */
  contactNameLatin?: string;
  contactRole?: string;
  /** Always under example.com / example.jp / example.de (reserved domains). */
  contactEmail: string;
  /** International format, e.g. +81 3 1234 5678, +49 211 1234567. */
  contactPhone: string;
};
