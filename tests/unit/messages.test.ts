// de, ja and en must carry the same keys, and each message the same placeholders.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { locales } from "@/lib/i18n/routing";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU arguments ({name}, {count, plural, ...}) and rich-text tags (<b>). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      const name = /^\{\s*(\w+)/.exec(message.slice(i))?.[1];
      if (depth === 0 && name) names.add(name);
      depth++;
    } else if (message[i] === "}") {
      depth--;
    }
  }
  for (const m of message.matchAll(/<(\w+)>/g)) names.add(`<${m[1]}>`);
  return [...names].sort();
}

// Each folder holds one file per language; each set is compared on its own.
const SETS = [
  "messages",
  "messages/content",
  "messages/inquiry",
  "messages/admin",
  "messages/dashboard",
  "messages/account",
  "messages/dataprotection",
  "messages/conversation",
  "messages/notifications",
  "messages/report",
  "messages/contentAdmin",
  "messages/translation",
  "messages/registration",
];

function load(dir: string, locale: string): Map<string, string> {
  return flatten(JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree);
}

describe("translations", () => {
  for (const dir of SETS) {
    const source = load(dir, "de");
    for (const locale of locales) {
      const catalog = load(dir, locale);

      it(`${dir}/${locale} has exactly the keys of de`, () => {
        expect([...catalog.keys()].sort()).toEqual([...source.keys()].sort());
      });

      it(`${dir}/${locale} uses the same placeholders as de in every message`, () => {
        const mismatches = [...source].flatMap(([key, message]) => {
          const other = catalog.get(key);
          if (other === undefined) return [];
          const a = placeholders(message);
          const b = placeholders(other);
          return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${key}: de ${a.join(",")} vs ${locale} ${b.join(",")}`];
        });
        expect(mismatches).toEqual([]);
      });

      it(`${dir}/${locale} has no empty messages`, () => {
        expect([...catalog].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
      });
    }
  }

  it("no two message files define the same top-level namespace", () => {
    const owners = new Map<string, string>();
    for (const dir of SETS) {
      for (const key of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "de.json"), "utf8")) as object)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${dir}`).toBeUndefined();
        owners.set(key, dir);
      }
    }
  });

  it("finds placeholders, including plural arguments and rich-text tags", () => {
    expect(placeholders("Noch {count, plural, one {# Zeichen} other {# Zeichen}} für <b>{name}</b>")).toEqual(["<b>", "count", "name"]);
    expect(placeholders("kein Platzhalter")).toEqual([]);
  });
});

describe("pickMessages (what client components receive)", () => {
  const messages = { languages: { de: "Deutsch" }, admin: { signIn: { email: "E-Mail" }, status: { NEW: "Neu" } }, home: { title: "Start" } };

  it("keeps exactly the named namespaces, nested ones under their parents", () => {
    expect(pickMessages(messages, ["languages", "admin.signIn"])).toEqual({ languages: { de: "Deutsch" }, admin: { signIn: { email: "E-Mail" } } });
  });

  it("refuses a path that names no messages, so a typo fails the page instead of showing keys", () => {
    expect(() => pickMessages(messages, ["admin.signin"])).toThrow(/admin\.signin/);
  });
});
