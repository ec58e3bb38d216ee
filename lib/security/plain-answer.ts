// The short plain-text answers the portal gives before any page runs: a refused
// cross-origin write (403), an unreadable form body (4xx). Shared by proxy.ts and
// the inquiry endpoint, which the proxy skips (bench figure 2) and so refuses
// foreign origins itself, with the same answer.
import { env, publicBaseUrl } from "../env.ts";
import { servedOverHttps, STATIC_SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./headers.ts";
import { isForeignOriginWrite } from "./origin.ts";

/** Whether the browser reached us over https (directly, through PUBLIC_BASE_URL, or behind our own proxy). */
export function requestOverHttps(request: Request): boolean {
  return servedOverHttps({ protocol: new URL(request.url).protocol, forwardedProto: request.headers.get("x-forwarded-proto") }, { publicBaseUrl: publicBaseUrl(), trustProxy: env.TRUST_PROXY });
}

export function plainAnswer(status: number, text: string, https: boolean): Response {
  const headers = new Headers({ ...STATIC_SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  if (https) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return new Response(`${text}\n`, { status, headers });
}

/** The 403 for a write from a foreign, opaque or malformed Origin, or undefined when the request may go on. */
export function crossOriginRefusal(request: Request, https = requestOverHttps(request)): Response | undefined {
  if (!isForeignOriginWrite(request.method, request.headers.get("origin"), { origin: publicBaseUrl(), host: request.headers.get("host") })) return undefined;
  return plainAnswer(403, "Cross-origin request refused.", https);
}
