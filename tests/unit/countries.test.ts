// Issue 24, item 5: the headquarters list puts the usual countries first and
// sorts the rest as a Japanese reader expects (by reading, not by code point).
import { describe, expect, it } from "vitest";
import { COMMON_COUNTRIES, COUNTRY_CODES, countryName, countryOptions } from "@/lib/inquiries/countries";

describe("the country list", () => {
  it("starts with Japan, Germany and their neighbours in every language", () => {
    for (const locale of ["de", "ja", "en"]) {
      const options = countryOptions(locale);
      expect(options.slice(0, 2).map((o) => o.code)).toEqual(["JP", "DE"]);
      expect(options.filter((o) => o.common).map((o) => o.code)).toEqual([...COMMON_COUNTRIES]);
      expect(new Set(options.map((o) => o.code)).size).toBe(COUNTRY_CODES.length);
    }
  });

  it("sorts Japanese names by their reading: kanji names stand among the kana, not at the end", () => {
    const names = countryOptions("ja").filter((o) => !o.common).map((o) => o.name);
    const before = (a: string, b: string) => expect(names.indexOf(a), `${a} before ${b}`).toBeLessThan(names.indexOf(b));
    before("カンボジア", "北朝鮮"); // かんぼじあ < きたちょうせん
    before("北朝鮮", "ギニア");
    before("ミクロネシア連邦", "南アフリカ"); // みくろねしあ < みなみあふりか
    before("南アフリカ", "メキシコ");
    before("セーシェル", "赤道ギニア");
    before("ポルトガル", "香港");
    before("香港", "ホンジュラス");
    expect(names.at(-1)).toBe("ロシア");
  });

  it("writes Japanese names with full-width parentheses and short names for Hong Kong and Macao", () => {
    expect(countryName("CC", "ja")).toBe("ココス（キーリング）諸島");
    expect(countryName("MM", "ja")).toBe("ミャンマー（ビルマ）");
    expect(countryName("HK", "ja")).toBe("香港");
    expect(countryName("HK", "de")).toContain("Hongkong");
  });
});
