// Cross-origin writes are refused before they reach a page, Server Action or route
// handler: a browser always sends Origin with a cross-origin POST, so a request
// with an unsafe method whose Origin is not this site's (including the opaque
// "null" of sandboxed frames and data: URLs, and anything malformed) gets a 403.
// Next.js checks Server Actions itself, but answers a foreign Origin with a 500
// (decision 0005), and route handlers get no check at all.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type Site = {
  /** The public origin (PUBLIC_BASE_URL): what browsers see behind a reverse proxy. */
  origin: string;
  /** The Host the request was addressed to; compared without scheme, as Next.js does for Server Actions. */
  host: string | null;
};

/** The serialised origin of an absolute http(s) URL, or undefined. */
function originOf(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request must be refused as a cross-origin write. Requests without Origin
 * (non-browser clients, and browsers' same-origin GET/HEAD) are left alone.
 */
export function isForeignOriginWrite(method: string, origin: string | null, site: Site): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (origin === null) return false;
  const url = originOf(origin);
  // Browsers send the serialised origin; anything else ("null", "evil", a path, a
  // bracket that does not close) is not a browser on this site.
  if (!url || url.origin !== origin) return true;
  if (url.origin === originOf(site.origin)?.origin) return false;
  return !site.host || url.host !== site.host.toLowerCase();
}
