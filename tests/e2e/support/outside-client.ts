// An outside client of the portal, as a prober would write one: plain HTTP requests
// from a chosen loopback source address (127.0.0.0/8 all reaches the server on
// Linux), so that one test can be several clients, each with its own connection
// address. Forms are posted the way a browser without JavaScript posts them.
import http from "node:http";
import { e2eServer } from "./server";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RequestOptions = { method?: string; headers?: Record<string, string>; body?: Buffer | string; from?: string };

/** One request from `from` (a loopback address, default 127.0.0.1) to the running test's server. */
export function send(path: string, options: RequestOptions = {}): Promise<Answer> {
  const url = new URL(path, e2eServer().baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? "GET", headers: options.headers, localAddress: options.from ?? "127.0.0.1" },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&lt;": "<", "&gt;": ">", "&#x27;": "'", "&#39;": "'" };
const unescape = (text: string) => text.replace(/&(?:quot|amp|lt|gt|#x27|#39);/g, (e) => ENTITIES[e]!);

/** The hidden Server Action fields ($ACTION_…) of the first form on the page at `path`. */
export async function actionFields(path: string, from?: string): Promise<Record<string, string>> {
  const page = await send(path, { from });
  const form = /<form[\s\S]*?<\/form>/.exec(page.body)?.[0] ?? "";
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (name?.startsWith("$ACTION")) fields[unescape(name)] = unescape(/\svalue="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  if (Object.keys(fields).length === 0) throw new Error(`no Server Action form on ${path}`);
  return fields;
}

/** A multipart body as a browser encodes `fields`. */
export async function multipart(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

/** Posts the form at `path` with `values` as a browser without JavaScript would (same Origin). */
export async function postForm(path: string, values: Record<string, string>, options: { from?: string; headers?: Record<string, string>; fields?: Record<string, string> } = {}): Promise<Answer> {
  const fields = options.fields ?? (await actionFields(path, options.from));
  const { body, contentType } = await multipart({ ...fields, ...values });
  return send(path, { method: "POST", from: options.from, body, headers: { Origin: new URL(e2eServer().baseURL).origin, "Content-Type": contentType, ...options.headers } });
}

/** The applicant's status look-up, answered as the page's result region (what the applicant is shown). */
export async function lookUpStatus(reference: string, email: string, options: { from?: string; headers?: Record<string, string>; fields?: Record<string, string> } = {}) {
  const answer = await postForm("/en/inquiry/status", { locale: "en", reference, email }, options);
  const region = /<div[^>]*data-testid="status-result"[^>]*>([\s\S]*?)<\/div>/.exec(answer.body)?.[1] ?? "";
  const outcome = region.includes('data-testid="status-stage"')
    ? "found"
    : region.includes("could not find")
      ? "not found"
      : answer.body.includes("too many requests")
        ? "rate limited"
        : "other";
  return { status: answer.status, region, outcome };
}
