// scriptLocale (lib/translation/texts.ts): the language a text shows by its script when nobody
// recorded it (notes, forwarding messages, return reasons). The portal knows de, ja and en only.
import { describe, expect, it } from "vitest";
import { scriptLocale } from "@/lib/translation/texts";

describe("scriptLocale", () => {
  it("takes a text with kana as Japanese", () => {
    expect(scriptLocale("来週、オンラインでご相談できますか。")).toBe("ja");
    expect(scriptLocale("ありがとうございます")).toBe("ja");
    expect(scriptLocale("カタカナだけ")).toBe("ja");
    // Half-width katakana, as some mail clients still send them.
    expect(scriptLocale("ｶﾀｶﾅ")).toBe("ja");
  });

  it("takes kanji without kana as Japanese: of the portal's languages only Japanese is written in them", () => {
    // Short Japanese notes often have no kana at all.
    expect(scriptLocale("担当者不在")).toBe("ja");
    expect(scriptLocale("東京都港区　検討中")).toBe("ja");
    // A Chinese sentence is taken as Japanese too (lang="ja": Japanese glyph forms); the portal has no Chinese.
    expect(scriptLocale("我们公司计划在杜塞尔多夫设立办事处")).toBe("ja");
  });

  it("says nothing about Latin script: German and English are not told apart by it", () => {
    expect(scriptLocale("Köln antwortet nicht; Düsseldorf übernimmt. Größe passt.")).toBeNull();
    expect(scriptLocale("We will forward the case to Düsseldorf next week.")).toBeNull();
    expect(scriptLocale("Thank you for your inquiry.")).toBeNull();
  });

  it("goes by the script most of a mixed text is written in", () => {
    // Japanese with a company name and an English word in it.
    expect(scriptLocale("EWGのWebinarに参加します。")).toBe("ja");
    expect(scriptLocale("Essen市のBusiness Parkについて")).toBe("ja");
    // German or English naming a Japanese person or place.
    expect(scriptLocale("Bitte an 山田さん weiterleiten, sie spricht Deutsch.")).toBeNull();
    expect(scriptLocale("Meeting at the 東京 office next week")).toBeNull();
  });

  it("says nothing about an empty text, digits or punctuation", () => {
    expect(scriptLocale("")).toBeNull();
    expect(scriptLocale("   \n ")).toBeNull();
    expect(scriptLocale("2027-03-01, 10:00 – 12:00 / +49 201 1234")).toBeNull();
    expect(scriptLocale("。、！")).toBeNull();
  });
});
