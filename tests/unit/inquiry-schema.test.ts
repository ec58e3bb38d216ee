import { describe, expect, it } from "vitest";
import de from "@/messages/inquiry/de.json";
import { characterCount, FIELD_ERRORS, parseInquiry, parseStep, readForm, type FieldName } from "@/lib/inquiries/schema";

const japaneseCompany = {
  companyName: "株式会社サクラロボティクス",
  companyNameLatin: "Sakura Robotics K.K.",
  website: "https://sakura-robotics.example.jp",
  hqCity: "東京都港区",
  hqCountry: "JP",
  sizeBand: "10-49",
  foundedYear: "2017",
  isStartup: "yes",
  sectors: ["digital", "machinery"],
};
const germanCompany = {
  companyName: "Müller & Söhne Präzisionstechnik GmbH",
  hqCity: "Düsseldorf",
  hqCountry: "DE",
  sizeBand: "50-249",
  isStartup: "no",
  sectors: "machinery",
};
const plans = {
  supportNeeds: ["location-search", "formation-legal"],
  timeline: "6-12",
  plannedInvestment: "250k-1m",
  plannedJobs: "5",
  preferredMunicipalities: ["duesseldorf", "krefeld"],
  description: "当社は、食品工場の包装・仕分けラインで人と並んで作業できる協働ロボットを開発しています。NRW州に販売・サービス拠点を設けたいと考えています。",
};
const contact = {
  contactName: "山田 花子",
  contactRole: "海外事業部 部長",
  contactEmail: "hanako.yamada@example.jp",
  contactPhone: "+81 3 6812 4410",
  replyLocale: "ja",
  privacyConsent: "yes",
};

const errorOf = (step: Parameters<typeof parseStep>[0], input: unknown, field: FieldName) => {
  const result = parseStep(step, input);
  return result.ok ? undefined : result.errors[field];
};

describe("the direction step", () => {
  it("accepts the three directions and nothing else", () => {
    for (const direction of ["TOKYO_TO_NRW", "NRW_TO_TOKYO", "RESEARCH"]) expect(parseStep("direction", { direction })).toEqual({ ok: true, data: { direction } });
    expect(errorOf("direction", {}, "direction")).toBe("required");
    expect(errorOf("direction", { direction: "MARS_TO_NRW" }, "direction")).toBe("required");
    expect(errorOf("direction", { direction: ["TOKYO_TO_NRW"] }, "direction")).toBe("required");
  });
});

describe("the company step", () => {
  it("accepts a Japanese company and normalises what people type", () => {
    const result = parseStep("company", { ...japaneseCompany, foundedYear: "２０１７", website: "sakura-robotics.example.jp", hqCountry: "jp" });
    expect(result).toEqual({
      ok: true,
      data: { ...japaneseCompany, website: "https://sakura-robotics.example.jp", foundedYear: 2017, isStartup: true, hqCountry: "JP" },
    });
  });

  it("accepts a German company without the optional answers", () => {
    expect(parseStep("company", germanCompany)).toEqual({
      ok: true,
      data: { ...germanCompany, isStartup: false, sectors: ["machinery"] },
    });
  });

  it("says what is wrong with each field", () => {
    expect(errorOf("company", { ...germanCompany, companyName: "  " }, "companyName")).toBe("required");
    expect(errorOf("company", { ...germanCompany, companyName: "x".repeat(201) }, "companyName")).toBe("tooLong");
    expect(errorOf("company", { ...germanCompany, companyName: "ACME\u0007 GmbH" }, "companyName")).toBe("controlChars");
    expect(errorOf("company", { ...germanCompany, companyName: "ACME\u202E GmbH" }, "companyName")).toBe("controlChars");
    expect(errorOf("company", { ...germanCompany, companyNameLatin: "株式会社" }, "companyNameLatin")).toBe("notLatin");
    expect(errorOf("company", { ...germanCompany, website: "javascript:alert(1)" }, "website")).toBe("format");
    expect(errorOf("company", { ...germanCompany, website: "not a site" }, "website")).toBe("format");
    expect(errorOf("company", { ...germanCompany, hqCountry: "XX" }, "hqCountry")).toBe("required");
    expect(errorOf("company", { ...germanCompany, sizeBand: "7" }, "sizeBand")).toBe("required");
    expect(errorOf("company", { ...germanCompany, foundedYear: "1799" }, "foundedYear")).toBe("range");
    expect(errorOf("company", { ...germanCompany, foundedYear: String(new Date().getFullYear() + 1) }, "foundedYear")).toBe("range");
    expect(errorOf("company", { ...germanCompany, foundedYear: "zwanzig" }, "foundedYear")).toBe("format");
    expect(errorOf("company", { ...germanCompany, isStartup: "maybe" }, "isStartup")).toBe("required");
    expect(errorOf("company", { ...germanCompany, sectors: [] }, "sectors")).toBe("required");
    expect(errorOf("company", { ...germanCompany, sectors: ["machinery", "space-mining"] }, "sectors")).toBe("required");
  });
});

describe("the plans step", () => {
  it("accepts plans with preferences and drops duplicate choices", () => {
    const result = parseStep("plans", { ...plans, supportNeeds: ["formation-legal", "location-search", "location-search"] });
    expect(result).toEqual({ ok: true, data: { ...plans, supportNeeds: ["location-search", "formation-legal"], plannedJobs: 5 } });
  });

  it("treats no municipality as no preference", () => {
    const result = parseStep("plans", { ...plans, preferredMunicipalities: undefined });
    expect(result.ok && result.data.preferredMunicipalities).toEqual([]);
  });

  it("counts the description in characters, keeps newlines and refuses other control characters", () => {
    const fifty = "あ".repeat(50);
    expect(parseStep("plans", { ...plans, description: fifty }).ok).toBe(true);
    expect(errorOf("plans", { ...plans, description: "あ".repeat(49) }, "description")).toBe("tooShort");
    expect(errorOf("plans", { ...plans, description: "😀".repeat(4001) }, "description")).toBe("tooLong");
    expect(parseStep("plans", { ...plans, description: "😀".repeat(4000) }).ok).toBe(true);
    const multiLine = parseStep("plans", { ...plans, description: `${fifty}\r\nzweite Zeile` });
    expect(multiLine.ok && multiLine.data.description).toBe(`${fifty}\nzweite Zeile`);
    expect(errorOf("plans", { ...plans, description: `${fifty}\u0000NUL` }, "description")).toBe("controlChars");
    expect(errorOf("plans", { ...plans, description: "" }, "description")).toBe("required");
  });

  it("checks the optional numbers and bands", () => {
    expect(errorOf("plans", { ...plans, plannedJobs: "100001" }, "plannedJobs")).toBe("range");
    expect(errorOf("plans", { ...plans, plannedJobs: "-3" }, "plannedJobs")).toBe("range");
    expect(errorOf("plans", { ...plans, plannedJobs: "2.5" }, "plannedJobs")).toBe("format");
    expect(errorOf("plans", { ...plans, plannedInvestment: "lots" }, "plannedInvestment")).toBe("required");
    expect(errorOf("plans", { ...plans, timeline: "" }, "timeline")).toBe("required");
    expect(errorOf("plans", { ...plans, supportNeeds: "" }, "supportNeeds")).toBe("required");
  });
});

describe("the contact step", () => {
  it("accepts Japanese and German contacts", () => {
    expect(parseStep("contact", contact)).toEqual({ ok: true, data: { ...contact, privacyConsent: true } });
    const german = { contactName: "Dr. Jan Hoffmann", contactEmail: "jan.hoffmann@example.de", contactPhone: "+49 201 4738-2210", replyLocale: "de", privacyConsent: "yes" };
    expect(parseStep("contact", german).ok).toBe(true);
  });

  it("accepts international phone numbers from Japan and Germany, including full-width input", () => {
    for (const phone of ["+81 3 6812 4410", "+81-90-4417-2083", "+81 (3) 3765 2281", "+49 211 1234567", "+49 (0)211 123-456", "+4921112345", "＋８１ ３ １２３４ ５６７８"]) {
      expect(parseStep("contact", { ...contact, contactPhone: phone }).ok, phone).toBe(true);
    }
  });

  it("refuses phone numbers with letters, the wrong length or a malformed prefix", () => {
    for (const phone of ["+49 12", "+81 3 6812 4410 1234 5678", "+49 211 abc", "++49 211 1234567", "+0 211 1234567", "03 6812 4410 ext"]) {
      expect(errorOf("contact", { ...contact, contactPhone: phone }, "contactPhone"), phone).toBe("format");
    }
    expect(errorOf("contact", { ...contact, contactPhone: "" }, "contactPhone")).toBe("required");
  });

  it("refuses bad e-mail addresses, other reply languages and a missing consent", () => {
    expect(errorOf("contact", { ...contact, contactEmail: "hanako@" }, "contactEmail")).toBe("format");
    expect(errorOf("contact", { ...contact, contactEmail: `${"a".repeat(250)}@example.jp` }, "contactEmail")).toBe("tooLong");
    expect(errorOf("contact", { ...contact, replyLocale: "fr" }, "replyLocale")).toBe("required");
    expect(errorOf("contact", { ...contact, privacyConsent: undefined }, "privacyConsent")).toBe("required");
    expect(errorOf("contact", { ...contact, privacyConsent: "no" }, "privacyConsent")).toBe("required");
  });
});

describe("the whole inquiry", () => {
  it("is valid when every step is, and parsing its own output changes nothing", () => {
    const result = parseInquiry({ direction: "TOKYO_TO_NRW", ...japaneseCompany, ...plans, ...contact });
    expect(result.ok).toBe(true);
    if (result.ok) expect(parseInquiry(result.data)).toEqual(result);
  });

  it("reads a posted form: lists for checkbox groups, text for the rest, files dropped", () => {
    const form = new FormData();
    form.append("sectors", "digital");
    form.append("sectors", "machinery");
    form.append("companyName", "ACME");
    form.append("hqCity", new Blob(["x"]));
    form.append("unrelated", "ignored");
    expect(readForm("company", form)).toEqual({ companyName: "ACME", sectors: ["digital", "machinery"] });
  });

  it("counts characters, not UTF-16 units", () => {
    expect(characterCount("𠮷野家")).toBe(3);
    expect(characterCount("abc", 1)).toBe(2);
  });
});

describe("messages and facts the schema relies on", () => {
  it("has an instruction for every error every field can produce", () => {
    const errors = de.inquiryErrors as unknown as Record<string, Record<string, string>>;
    const missing = Object.entries(FIELD_ERRORS).flatMap(([field, codes]) => codes.filter((code) => !errors[field]?.[code]).map((code) => `${field}.${code}`));
    expect(missing).toEqual([]);
  });
});
