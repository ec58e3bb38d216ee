// The Content-Security-Policy of every page, in one place (decision 0005).
// Scripts run only from this origin or when the policy names them: by a per-request
// nonce on pages rendered per request, by their SHA-256 hash on the public pages
// that are rendered once and served from the route cache. Never 'unsafe-inline'.
import { createHash } from "node:crypto";

export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

type PolicyOptions = {
  /** `next dev` needs eval for React's debugging aids; production never does. */
  dev?: boolean;
  /** Ask browsers to fetch http: sub-resources over https (only when served over https). */
  https?: boolean;
};

export function contentSecurityPolicy(scripts: ScriptAllowance, { dev = false, https = false }: PolicyOptions = {}): string {
  const scriptSources = ["'self'", ...("nonce" in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((h) => `'${h}'`))];
  if (dev) scriptSources.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // React writes style attributes and Next.js inline <style> elements; styles cannot
    // run code, so they are allowed inline. Scripts never are.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh nonce per response: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

// An inline <script> element: no src attribute, content up to the first </script.
// Script content is raw text in HTML, so the bytes between the tags are exactly what
// the browser hashes.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script/gi;

/** CSP hash sources ('sha256-…' without quotes) of every inline script in a document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${createHash("sha256").update(match[1] ?? "", "utf8").digest("base64")}`);
  }
  return [...hashes];
}
