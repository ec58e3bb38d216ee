// Loopback HTTP as a browser without JavaScript does it: raw bytes (no automatic
// decompression), no redirects followed, cookies kept by the caller.
import http from "node:http";
import https from "node:https";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

export const BROWSER_HEADERS = { "accept-encoding": "br, gzip", accept: "text/html,application/xhtml+xml,*/*;q=0.8", "user-agent": "portal-bench" };

export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer; timeoutMs?: number } = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // https only to the bench's own nginx on loopback, whose certificate is a throwaway self-signed one.
    const client = url.startsWith("https:") ? https : http;
    const req = client.request(url, { method: options.method ?? "GET", headers: options.headers, timeout: options.timeoutMs ?? 30_000, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${options.method ?? "GET"} ${url}`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The text of an uncompressed response (ask without accept-encoding). */
export async function getText(url: string, headers: Record<string, string> = {}): Promise<RawResponse & { text: string }> {
  const res = await request(url, { headers: { accept: "text/html", ...headers } });
  return { ...res, text: res.body.toString("utf8") };
}

/** name=value pairs of Set-Cookie headers, as a Cookie header would send them. */
export function cookiesFrom(headers: http.IncomingHttpHeaders): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of headers["set-cookie"] ?? []) {
    const pair = line.split(";")[0]!;
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

export const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** A multipart/form-data body exactly as the platform's FormData serialises it. */
export async function multipart(fields: readonly (readonly [string, string])[]): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

/** A form body as a browser sends it for the form's enctype. */
export async function encodeForm(fields: readonly (readonly [string, string])[], enctype: string): Promise<{ body: Buffer; contentType: string }> {
  if (enctype === "multipart/form-data") return multipart(fields);
  return { body: Buffer.from(new URLSearchParams(fields.map(([k, v]) => [k, v])).toString()), contentType: "application/x-www-form-urlencoded" };
}

export async function waitForStatus(url: string, timeoutMs: number, isAlive: () => boolean = () => true, expect = 200): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server for ${url} exited`);
    try {
      const res = await request(url, { timeoutMs: 5_000 });
      if (res.status === expect) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer ${expect} within ${Math.round(timeoutMs / 1000)} s`);
}
