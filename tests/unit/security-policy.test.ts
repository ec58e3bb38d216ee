import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { CACHED_PATHS, DIRECTORY_FILTER_PARAMS, isCachedPublicPage, isCachedPublicRequest } from "@/lib/security/cached-pages";
import { locales } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce, inlineScriptHashes } from "@/lib/security/content-security-policy";
import { servedOverHttps } from "@/lib/security/headers";
import { isForeignOriginWrite } from "@/lib/security/origin";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("the Content-Security-Policy", () => {
  it("admits inline scripts only by nonce or hash, never 'unsafe-inline'", () => {
    for (const policy of [contentSecurityPolicy({ nonce: "abc123==" }), contentSecurityPolicy({ hashes: [sha256("x")] })]) {
      const scripts = directive(policy, "script-src")!;
      expect(scripts).not.toContain("unsafe-inline");
      expect(scripts).not.toContain("unsafe-eval");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
    expect(directive(contentSecurityPolicy({ nonce: "abc123==" }), "script-src")).toBe("script-src 'self' 'nonce-abc123=='");
    expect(directive(contentSecurityPolicy({ hashes: [sha256("x")] }), "script-src")).toBe(`script-src 'self' '${sha256("x")}'`);
  });

  it("allows eval only for next dev and upgrades requests only over https", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n" }, { dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n" }, { https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a different 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it("hashes exactly the inline scripts of a document, not external ones", () => {
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script id="x" type="text/javascript">self.__next_f.push([1,"<\\/script>"])</script><script></script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha256("self.__next_f=[]"), sha256('self.__next_f.push([1,"<\\/script>"])'), sha256("")].sort());
  });

  it("hashes the UTF-8 bytes, as browsers do", () => {
    expect(inlineScriptHashes("<script>self.x='東京'</script>")).toEqual([sha256("self.x='東京'")]);
  });
});

describe("cross-origin writes", () => {
  const site = { origin: "https://portal.example.org", host: "127.0.0.1:3000" };
  it("are refused for a foreign, opaque or malformed Origin", () => {
    for (const origin of ["https://evil.example", "null", "evil", "http://[::1", "https://portal.example.org.evil.example", "https://portal.example.org/", "HTTPS://PORTAL.EXAMPLE.ORG", "file://", "javascript:alert(1)", "http://127.0.0.1:3001", ""]) {
      expect(isForeignOriginWrite("POST", origin, site), origin).toBe(true);
    }
    expect(isForeignOriginWrite("PUT", "https://evil.example", site)).toBe(true);
    expect(isForeignOriginWrite("delete", "https://evil.example", site)).toBe(true);
    expect(isForeignOriginWrite("POST", "https://evil.example", { ...site, host: null })).toBe(true);
  });

  it("pass for the public origin, the addressed host, reads, and requests without Origin", () => {
    expect(isForeignOriginWrite("POST", "https://portal.example.org", site)).toBe(false);
    // Behind a TLS-terminating proxy without PUBLIC_BASE_URL the scheme differs; the host decides.
    expect(isForeignOriginWrite("POST", "https://127.0.0.1:3000", site)).toBe(false);
    expect(isForeignOriginWrite("POST", "http://127.0.0.1:3000", site)).toBe(false);
    expect(isForeignOriginWrite("POST", null, site)).toBe(false);
    expect(isForeignOriginWrite("GET", "https://evil.example", site)).toBe(false);
    expect(isForeignOriginWrite("HEAD", "null", site)).toBe(false);
  });
});

describe("the list of cached public pages", () => {
  const appDir = path.join(import.meta.dirname, "..", "..", "app", "[locale]");
  const pages = fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("page.tsx"))
    .map((file) => ({ file, source: fs.readFileSync(path.join(appDir, file), "utf8") }));
  // An example URL for a page file: [slug] → "essen", route groups dropped.
  const urlOf = (file: string) =>
    `/de/${path.dirname(file)}`
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment) && segment !== ".")
      .map((segment) => (segment.startsWith("[") ? "essen" : segment))
      .join("/")
      .replace(/\/$/, "");

  it("is exactly the pages that declare force-static", () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { file, source } of pages) {
      const forceStatic = /export const dynamic = "force-static"/.test(source);
      expect(isCachedPublicPage(urlOf(file)), `${file} (${urlOf(file)})`).toBe(forceStatic);
    }
  });

  it("leaves out the directory with filters, which next.config.ts rewrites to its dynamic twin", () => {
    const request = (url: string) => isCachedPublicRequest(new URL(url, "http://portal.test"));
    expect(request("/ja/municipalities")).toBe(true);
    expect(request("/ja/municipalities?utm_source=newsletter")).toBe(true);
    expect(request("/ja/municipalities/essen?sector=digital")).toBe(true);
    expect(request("/ja/municipalities?sector=digital")).toBe(false);
    expect(request("/ja/municipalities?service=&sector=")).toBe(false);
    expect(request("/ja/municipalities/filtered")).toBe(false);
  });

  it("is what the proxy's matcher skips on plain reads (Next.js needs it spelled out there)", () => {
    // Next.js reads the literal without running proxy.ts; so does this test.
    const source = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "proxy.ts"), "utf8");
    const literal = source.slice(source.indexOf("export const config = ") + "export const config = ".length).replace(/\/\/.*$/gm, "");
    const proxyConfig = vm.runInNewContext(`(${literal.trim().replace(/;$/, "")})`) as { matcher: [string, ...unknown[]] };
    const [everythingElse, ...cachedWhen] = proxyConfig.matcher;
    const locale = `(?:${locales.join("|")})`;
    expect(everythingElse).toBe(`/((?!_next/static|_next/image|api/inquiries$|${locale}(?:/${CACHED_PATHS})?/?$).*)`);
    expect(cachedWhen).toEqual([
      { source: `/:locale(${locales.join("|")})/:page${CACHED_PATHS.replace("(?:", "(")}?`, has: [{ type: "header", key: "origin" }] },
      ...DIRECTORY_FILTER_PARAMS.map((key) => ({ source: `/:locale(${locales.join("|")})/municipalities`, has: [{ type: "query", key }] })),
    ]);
  });
});

describe("HSTS and upgrade-insecure-requests", () => {
  const http = { publicBaseUrl: "http://127.0.0.1:3000", trustProxy: false };
  it("are sent only when the browser reached us over https", () => {
    expect(servedOverHttps({ protocol: "http:", forwardedProto: null }, http)).toBe(false);
    expect(servedOverHttps({ protocol: "https:", forwardedProto: null }, http)).toBe(true);
    expect(servedOverHttps({ protocol: "http:", forwardedProto: null }, { ...http, publicBaseUrl: "https://portal.example.org" })).toBe(true);
  });

  it("trust X-Forwarded-Proto only behind our own proxy", () => {
    expect(servedOverHttps({ protocol: "http:", forwardedProto: "https" }, http)).toBe(false);
    expect(servedOverHttps({ protocol: "http:", forwardedProto: "https" }, { ...http, trustProxy: true })).toBe(true);
  });
});
