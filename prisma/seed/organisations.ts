// The programme's organisations besides the municipalities.
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "../../lib/domain/catalog.ts";
import type { Translated } from "./types.ts";

export const gatewaySeed = {
  slug: GATEWAY_SLUG,
  kind: "GATEWAY" as const,
  name: "NRW.Global Business GmbH",
  shortName: "NRW.Global Business",
  email: "tokyo-programme@nrw-global-business.example.org",
  website: "https://www.nrwglobalbusiness.com",
  street: "Völklinger Straße 4",
  postcode: "40219",
  city: "Düsseldorf",
  country: "DE",
};

export const tokyoPartnerSeed = {
  slug: TOKYO_PARTNER_SLUG,
  kind: "TOKYO_PARTNER" as const,
  name: "Tokyo Metropolitan Government, Bureau of Industrial and Labor Affairs",
  shortName: "Tokyo Metropolitan Government",
  email: "nrw-programme@tokyo-partner.example.org",
  city: "Tokyo",
  country: "JP",
};

/** Their names as readers of each language know them (staff views, mails, exports). */
export const organisationDisplayNames: Record<string, Translated<string>> = {
  [GATEWAY_SLUG]: {
    de: "NRW.Global Business – Wirtschaftsförderung des Landes NRW",
    ja: "NRW州経済振興公社（NRW.Global Business）",
    en: "NRW.Global Business – Trade and Investment Agency of North Rhine-Westphalia",
  },
  [TOKYO_PARTNER_SLUG]: {
    de: "Tokioter Stadtregierung – Amt für Industrie und Arbeit",
    ja: "東京都産業労働局",
    en: "Tokyo Metropolitan Government – Bureau of Industrial and Labor Affairs",
  },
};
