import { describe, expect, it } from "vitest";
import { readAuditOutput } from "@/scripts/lib/audit-report";

// What this project's registry mirror answered on 2026-11-23 (npm 11, `npm audit --json`).
const mirrorWithoutAudit = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});

const report = (vulnerabilities: Record<string, { severity: string; via: unknown[] }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } as Record<string, number>;
  for (const v of Object.values(vulnerabilities)) {
    counts[v.severity]! += 1;
    counts.total! += 1;
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, v]) => [name, { name, ...v }])),
    metadata: { vulnerabilities: counts, dependencies: { total: 120 } },
  });
};

describe("reading npm audit's answer", () => {
  it("tells an unanswered audit endpoint apart from a clean report", () => {
    expect(readAuditOutput(mirrorWithoutAudit)).toEqual({ kind: "unavailable", reason: expect.stringContaining("HTTP 405") });
    expect(readAuditOutput("")).toMatchObject({ kind: "unavailable" });
    expect(readAuditOutput("npm error network ETIMEDOUT")).toMatchObject({ kind: "unavailable" });
    expect(readAuditOutput(report({}))).toMatchObject({ kind: "report", failing: [] });
  });

  it("fails on high and critical advisories, not on moderate ones", () => {
    const outcome = readAuditOutput(
      report({
        next: { severity: "critical", via: [{ title: "Authorization bypass in middleware" }] },
        "brace-expansion": { severity: "moderate", via: [{ title: "ReDoS" }] },
        "some-parent": { severity: "high", via: ["next"] },
      }),
    );
    expect(outcome.kind).toBe("report");
    if (outcome.kind !== "report") return;
    expect(outcome.failing.map((f) => f.name).sort()).toEqual(["next", "some-parent"]);
    expect(outcome.failing.find((f) => f.name === "next")?.titles).toEqual(["Authorization bypass in middleware"]);
  });
});
