// Issue 24, items 1 and 2: national phone numbers are read in the headquarters'
// country and stored as E.164; whitespace that pasted text brings along is
// tidied, real control characters and bidi overrides are still refused.
import { describe, expect, it } from "vitest";
import { countryOfLocale, normalisePhone } from "@/lib/inquiries/phone";
import { parseInquiry, parseStep } from "@/lib/inquiries/schema";

const contact = {
  contactName: "山田 花子",
  contactEmail: "hanako.yamada@example.jp",
  contactPhone: "03-1234-5678",
  replyLocale: "ja",
  privacyConsent: "yes",
};
const company = { companyName: "株式会社サクラ", hqCity: "東京都港区", hqCountry: "JP", sizeBand: "10-49", isStartup: "no", sectors: ["machinery"] };
const plans = {
  supportNeeds: ["location-search"],
  timeline: "6-12",
  description: "当社は、食品工場の包装・仕分けラインで人と並んで作業できる協働ロボットを開発しています。NRW州に拠点を設けたいと考えています。",
};
const server = { phone: normalisePhone };

function phoneOf(result: ReturnType<typeof parseStep<"contact">>) {
  return result.ok ? result.data.contactPhone : result.errors.contactPhone;
}

describe("phone numbers on the server", () => {
  it("reads domestic Japanese numbers with Japan and stores E.164", () => {
    expect(phoneOf(parseStep("contact", contact, { ...server, country: "JP" }))).toBe("+81312345678");
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "090-1234-5678" }, { ...server, country: "JP" }))).toBe("+819012345678");
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "０３（１２３４）５６７８" }, { ...server, country: "JP" }))).toBe("+81312345678");
  });

  it("reads domestic German numbers with Germany and stores E.164", () => {
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "0201 12345" }, { ...server, country: "DE" }))).toBe("+4920112345");
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "0211 / 123 45 67" }, { ...server, country: "DE" }))).toBe("+492111234567");
  });

  it("stores international numbers as E.164 whatever the country", () => {
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "+49 (0)211 123-456" }, { ...server, country: "JP" }))).toBe("+49211123456");
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "＋８１ ３ １２３４ ５６７８" }, server))).toBe("+81312345678");
  });

  it("still refuses nonsense, with the format message", () => {
    for (const phone of ["0000000", "12345678", "03-1234", "+49 12", "+81 0 0000 0000", "+49 211 abc"]) {
      expect(phoneOf(parseStep("contact", { ...contact, contactPhone: phone }, { ...server, country: "DE" })), phone).toBe("format");
    }
  });

  it("refuses a national number when no country is known", () => {
    expect(normalisePhone("03-1234-5678", undefined)).toBeUndefined();
    expect(normalisePhone("03-1234-5678", "XX")).toBeUndefined();
    expect(countryOfLocale("ja")).toBe("JP");
    expect(countryOfLocale("en")).toBeUndefined();
  });

  it("reads the whole inquiry's number in the country of its headquarters", () => {
    const japanese = parseInquiry({ direction: "TOKYO_TO_NRW", ...company, ...plans, ...contact }, server);
    expect(japanese.ok && japanese.data.contactPhone).toBe("+81312345678");
    const german = parseInquiry({ direction: "NRW_TO_TOKYO", ...company, hqCountry: "DE", ...plans, ...contact, contactPhone: "0201 12345" }, server);
    expect(german.ok && german.data.contactPhone).toBe("+4920112345");
    const wrongCountry = parseInquiry({ direction: "TOKYO_TO_NRW", ...company, hqCountry: "DE", ...plans, ...contact, contactPhone: "090-1234-5678" }, server);
    // A Japanese mobile number read in Germany is no German number: the applicant is asked again.
    expect(!wrongCountry.ok && wrongCountry.errors.contactPhone).toBe("format");
    // Stored numbers pass again unchanged.
    if (japanese.ok) expect(parseInquiry(japanese.data, server)).toEqual(japanese);
  });

  it("lets the browser's shape check pass national numbers for the server to read", () => {
    expect(parseStep("contact", contact).ok).toBe(true);
    expect(phoneOf(parseStep("contact", { ...contact, contactPhone: "call me" }))).toBe("format");
  });
});

describe("whitespace from pasted text", () => {
  it("turns tabs, no-break spaces and Windows line ends in the description into plain spaces and newlines", () => {
    const pasted = `${plans.description}\r\n\tZweiter Absatz:\u00A0Maschinen\u202Fbau\u2028Ende`;
    const result = parseStep("plans", { ...plans, description: pasted });
    expect(result.ok && result.data.description).toBe(`${plans.description}\n Zweiter Absatz: Maschinen bau\nEnde`);
  });

  it("turns tabs, no-break spaces and line breaks in one-line fields into spaces", () => {
    const result = parseStep("company", { ...company, companyName: "Müller\u00A0&\tSöhne\r\nGmbH\t", hqCity: "\u00A0Essen" });
    expect(result.ok && [result.data.companyName, result.data.hqCity]).toEqual(["Müller & Söhne GmbH", "Essen"]);
    const contactResult = parseStep("contact", { ...contact, contactName: "Jan\tHoffmann", contactRole: "Leiter\u00A0Vertrieb" });
    expect(contactResult.ok && [contactResult.data.contactName, contactResult.data.contactRole]).toEqual(["Jan Hoffmann", "Leiter Vertrieb"]);
  });

  it("keeps the ideographic space of Japanese text as it is", () => {
    const result = parseStep("contact", { ...contact, contactName: "山田\u3000花子" });
    expect(result.ok && result.data.contactName).toBe("山田\u3000花子");
  });

  it("still refuses real control characters and bidi overrides", () => {
    for (const bad of ["\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u202E", "\u2066", "\u200F\u202B"]) {
      const inName = parseStep("company", { ...company, companyName: `ACME${bad}GmbH` });
      expect(!inName.ok && inName.errors.companyName, JSON.stringify(bad)).toBe("controlChars");
      const inText = parseStep("plans", { ...plans, description: `${plans.description}${bad}` });
      expect(!inText.ok && inText.errors.description, JSON.stringify(bad)).toBe("controlChars");
    }
  });
});
