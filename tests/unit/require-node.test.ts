// scripts/require-node.cjs, run as it is on other Node.js versions: it lets a
// supported version through silently and stops an older one at once with one line
// (found, needed, the README's fix).
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

const source = fs.readFileSync(path.resolve(import.meta.dirname, "../../scripts/require-node.cjs"), "utf8");
const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

function runWith(version: string, range?: string): { exitCode?: number; lines: string[] } {
  const result: { exitCode?: number; lines: string[] } = { lines: [] };
  const fakeProcess = {
    versions: { node: version },
    argv: ["node", "scripts/require-node.cjs", ...(range ? [range] : [])],
    exit: (code: number) => {
      result.exitCode = code;
      throw new Error("exit");
    },
  };
  const fakeConsole = { error: (line: string) => result.lines.push(line), log: (line: string) => result.lines.push(line) };
  try {
    vm.runInNewContext(source, { process: fakeProcess, console: fakeConsole });
  } catch (error) {
    if (!(error instanceof Error && error.message === "exit")) throw error;
  }
  return result;
}

describe("require-node.cjs", () => {
  it.each(["20.19.0", "20.20.2", "22.12.0", "22.22.0", "24.0.0", "24.21.1", "26.1.0"])("lets Node %s start the portal", (version) => {
    expect(runWith(version)).toEqual({ lines: [] });
  });

  it.each(["18.20.8", "20.18.3", "21.7.3", "22.11.0"])("stops Node %s with one line: found, needed, the README's fix", (version) => {
    const { exitCode, lines } = runWith(version);
    expect(exitCode).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).toContain(`Node.js ${version} found`);
    expect(lines[0]).toContain("needs Node.js 20.19+, 22.12+ or 24");
    const fix = lines[0]?.split("fix: ")[1] ?? "(no fix named)";
    expect(readme).toContain(fix);
  });

  it("asks more of the test runners: Node 20 starts the portal but does not run the suite", () => {
    expect(runWith("20.20.2", "test").lines[0]).toMatch(/^Node\.js 20\.20\.2 found, this needs Node\.js 22\.12\+ or 24/);
    expect(runWith("22.12.0", "test")).toEqual({ lines: [] });
  });
});
