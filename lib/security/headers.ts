// Response headers that are the same for every response, pages, API, assets and
// errors alike (next.config.ts sends them; proxy.ts adds them to its own answers).
// The per-response ones (Content-Security-Policy, HSTS, no-store) come from proxy.ts
// and the route cache handler (decision 0005).
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * For the hashed build assets under /_next/static, which the proxy does not see. A
 * policy on a script or stylesheet response has no effect on the page using it; it
 * only matters when the answer is a document: the HTML 404 for a missing asset,
 * which then runs nothing.
 */
export const ASSET_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Two years, without includeSubDomains: other hosts of the operator's domain are not ours to pin. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/**
 * Whether the browser reached us over https: directly, through the public origin, or
 * (only behind our own reverse proxy) as X-Forwarded-Proto says. HSTS and
 * upgrade-insecure-requests are sent only then.
 */
export function servedOverHttps(request: { protocol: string; forwardedProto: string | null }, site: { publicBaseUrl: string; trustProxy: boolean }): boolean {
  if (request.protocol === "https:" || site.publicBaseUrl.startsWith("https:")) return true;
  return site.trustProxy && request.forwardedProto === "https";
}
