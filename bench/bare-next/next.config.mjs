// The framework's ceiling for `npm run bench`: the same Next.js (the root
// node_modules) with the portal's settings that affect serving, and nothing else.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pg"],
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
