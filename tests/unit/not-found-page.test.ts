// The 404 page in place of Next's error shell (decision 0026): which path gets which
// language's page, and what the patched Next.js sends for a per-request 404. The
// process's own port is a real HTTP server here, answering /{locale}/404 as the
// portal's route cache does.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"…"])</script></body></html>';
const page = (locale: string) => `<!DOCTYPE html><html lang="${locale}"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><main><h1>404 ${locale}</h1></main></body></html>`;

let server: http.Server;
let notFound: typeof import("@/lib/security/not-found-page");
let plainPages: typeof import("@/lib/security/plain-pages");

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const locale = /^\/(de|ja|en)\/404$/.exec(req.url ?? "")?.[1];
    res.writeHead(locale ? 404 : 500, { "Content-Type": "text/html; charset=utf-8" });
    res.end(locale ? page(locale) : "unexpected");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // lib/env.ts reads PORT when it is first imported.
  process.env.PORT = String((server.address() as AddressInfo).port);
  notFound = await import("@/lib/security/not-found-page");
  plainPages = await import("@/lib/security/plain-pages");
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The parts of a request and response sendPlainPage uses, recording what it sent. */
function exchange(url: string, status: number, headers: Record<string, string> = {}) {
  const sent = { headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])), body: undefined as string | undefined };
  const res = {
    statusCode: status,
    getHeader: (name: string) => sent.headers.get(name.toLowerCase()),
    setHeader: (name: string, value: string | number) => void sent.headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => void sent.headers.delete(name.toLowerCase()),
    end: (body?: string) => void (sent.body = body),
  };
  const req = { url, method: "GET" };
  const send = (html: string) => plainPages.sendPlainPage(req as never, res as never, { toUnchunkedString: async () => html });
  return { sent, send };
}

const POLICY = "default-src 'self'; script-src 'self' 'nonce-abc=='; object-src 'none'";

describe("the 404 page", () => {
  it("is /{locale}/404 in the path's language, German outside any", () => {
    expect(notFound.notFoundPath("/ja/does-not-exist")).toBe("/ja/404");
    expect(notFound.notFoundPath("/en/municipalities/nowhere")).toBe("/en/404");
    expect(notFound.notFoundPath("/foo.txt")).toBe("/de/404");
    expect(notFound.notFoundPath("/fr/page")).toBe("/de/404");
    expect(notFound.notFoundPath("/")).toBe("/de/404");
  });

  it("knows its own address in every language, and nothing else", () => {
    for (const path of ["/de/404", "/ja/404", "/en/404/"]) expect(notFound.isNotFoundPage(path), path).toBe(true);
    for (const path of ["/fr/404", "/404", "/de/404/more", "/de/municipalities/404", "/de/4040"]) expect(notFound.isNotFoundPage(path), path).toBe(false);
  });

  it("replaces Next's error shell of a per-request 404, with a policy that allows no script and without the shell's Link header", async () => {
    const { sent, send } = exchange("/ja/inquiry/nope?x=1", 404, { "Content-Security-Policy": POLICY, Link: "</_next/static/chunks/b.css>; rel=preload; as=\"style\"" });
    expect(await send(SHELL)).toBe(true);
    expect(sent.body).toBe(page("ja"));
    expect(sent.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self'; object-src 'none'");
    expect(sent.headers.get("content-length")).toBe(String(Buffer.byteLength(page("ja"))));
    expect(sent.headers.has("link")).toBe(false);
  });

  it("leaves a 404 that is a page of its own as rendered, scripts and policy included", async () => {
    const rendered = '<!DOCTYPE html><html lang="de"><body><h1>Eigene Seite</h1><script nonce="abc==">1</script></body></html>';
    const { sent, send } = exchange("/de/something", 404, { "Content-Security-Policy": POLICY });
    expect(await send(rendered)).toBe(true);
    expect(sent.body).toBe(rendered);
    expect(sent.headers.get("content-security-policy")).toBe(POLICY);
  });

  it("sends the shell as it is when the 404 page cannot be had", async () => {
    const { env } = await import("@/lib/env");
    const own = env.PORT;
    const gone = http.createServer();
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    (env as { PORT: number }).PORT = (gone.address() as AddressInfo).port;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    try {
      const { sent, send } = exchange("/de/inquiry/nope", 404, { "Content-Security-Policy": POLICY });
      expect(await send(SHELL)).toBe(true);
      expect(sent.body).toBe(SHELL);
      expect(sent.headers.get("content-security-policy")).toBe(POLICY);
    } finally {
      (env as { PORT: number }).PORT = own;
    }
  });

  it("leaves every other per-request page to Next.js's stream", async () => {
    const { sent, send } = exchange("/de/inquiry", 200, { "Content-Security-Policy": POLICY });
    expect(await send("<html></html>")).toBe(false);
    expect(sent.body).toBeUndefined();
  });
});
