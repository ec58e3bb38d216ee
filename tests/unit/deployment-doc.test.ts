// docs/deployment.md says what every environment variable means in production, and
// .env.example lists each: a variable added to lib/env.ts without both fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
/** The keys of the schema in lib/env.ts (two-space indented `NAME:` lines). */
const variables = [...read("lib/env.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);

describe("the environment variables", () => {
  it("are read in lib/env.ts", () => expect(variables).toEqual(expect.arrayContaining(["DATABASE_URL", "TRUST_PROXY", "METRICS_TOKEN", "LOG_FORMAT"])));

  it("each have a row in docs/deployment.md's production table and a line in .env.example", () => {
    const rows = new Set([...read("docs/deployment.md").matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!));
    const example = read(".env.example");
    expect(variables.filter((name) => !rows.has(name))).toEqual([]);
    // Named, with its default or an example, or (PORTAL_SUPERVISOR_PID) with why it is never set by hand.
    expect(variables.filter((name) => !new RegExp(`^# ?${name}( is|=)|^${name}=`, "m").test(example))).toEqual([]);
  });
});
