// Issue 24, item 11: Japanese running text uses Japanese punctuation. Scans every
// Japanese message (UI, content, inquiry, staff) for an ASCII comma, colon or
// parenthesis next to Japanese characters ("東京, 大阪", "分野(任意)", "初回対応:"),
// and for the Western middle dot. The Leichte Sprache page is German in every
// language and is skipped.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..", "messages");
const files = [path.join(root, "ja.json"), ...fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, d.name, "ja.json"))].filter((f) =>
  fs.existsSync(f),
);
/** Subtrees written in another language on purpose. */
const SKIPPED = new Set(["easyLanguage.body"]);

const J = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]`;
const RULES: { name: string; pattern: RegExp }[] = [
  { name: "ASCII comma next to Japanese (use 「、」)", pattern: new RegExp(String.raw`${J}\s*,|,\s*${J}`, "u") },
  { name: "ASCII parenthesis next to Japanese (use 「（」「）」)", pattern: new RegExp(String.raw`${J}\s*[()]|[()]\s*${J}`, "u") },
  { name: "ASCII colon next to Japanese (use 「：」)", pattern: new RegExp(String.raw`${J}\s*:(?!//)|:\s*${J}`, "u") },
  { name: "Western middle dot (use 「・」)", pattern: /·/u },
];

function* strings(value: unknown, key: string): Generator<[string, string]> {
  if (SKIPPED.has(key)) return;
  if (typeof value === "string") yield [key, value];
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* strings(v, key ? `${k === "" ? key : `${key}.${k}`}` : k);
}

describe("Japanese messages", () => {
  it("are found", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    it(`${path.relative(root, file)} uses Japanese punctuation in Japanese text`, () => {
      const offences: string[] = [];
      for (const [key, text] of strings(JSON.parse(fs.readFileSync(file, "utf8")), "")) {
        for (const rule of RULES) if (rule.pattern.test(text)) offences.push(`${key}: ${rule.name}: ${text}`);
      }
      expect(offences).toEqual([]);
    });
  }

  it("use one word for signing in and one for forwarding", () => {
    const all = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
    expect(all).not.toMatch(/サインイン/);
    expect(all).not.toMatch(/転送|取次|取り次/);
    expect(all).not.toContain("スケジュール（か月）");
  });
});
