// Reading `npm audit --json`: either a report (with or without advisories at the
// level we fail on) or no report at all, because the registry (or a mirror of it)
// does not answer the audit endpoint. The two must never be confused: "no answer"
// is not "no advisories".

export type AuditOutcome =
  | { kind: "unavailable"; reason: string }
  | { kind: "report"; failing: { name: string; severity: string; titles: string[] }[]; counts: Record<string, number> };

const FAILING = new Set(["high", "critical"]);

type Vulnerability = { name?: string; severity?: string; via?: unknown[] };
type Report = { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, Vulnerability> };
type ErrorAnswer = { message?: string; statusCode?: number; error?: { summary?: string } };

export function readAuditOutput(stdout: string): AuditOutcome {
  let parsed: Report & ErrorAnswer;
  try {
    parsed = JSON.parse(stdout) as Report & ErrorAnswer;
  } catch {
    return { kind: "unavailable", reason: stdout.trim() ? "npm audit printed no JSON report" : "npm audit printed nothing" };
  }
  if (!parsed.metadata?.vulnerabilities || !parsed.vulnerabilities) {
    const reason = parsed.message ?? parsed.error?.summary ?? "the answer is not an audit report";
    return { kind: "unavailable", reason: parsed.statusCode ? `${reason} (HTTP ${parsed.statusCode})` : reason };
  }
  const failing = Object.entries(parsed.vulnerabilities)
    .filter(([, v]) => FAILING.has(v.severity ?? ""))
    .map(([name, v]) => ({
      name: v.name ?? name,
      severity: v.severity ?? "unknown",
      titles: (v.via ?? []).flatMap((via) => (typeof via === "object" && via && "title" in via ? [String(via.title)] : [])),
    }));
  return { kind: "report", failing, counts: parsed.metadata.vulnerabilities };
}
