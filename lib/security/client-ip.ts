import { isIP } from "node:net";
import { env } from "../env.ts";

type HeaderSource = { get(name: string): string | null };

/** All clients whose address is not known share this rate-limit bucket. */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The client address for rate limiting. Next.js gives server actions no socket
 * address, so it comes from headers: X-Forwarded-For (first entry) only when a
 * trusted reverse proxy sets it (TRUST_PROXY=1), otherwise X-Real-IP, otherwise
 * the shared "unknown" bucket. Anything that is not an IP address is ignored.
 */
export function clientIp(headers: HeaderSource, trustProxy: boolean = env.TRUST_PROXY): string {
  const candidates = [];
  if (trustProxy) candidates.push(headers.get("x-forwarded-for")?.split(",")[0]);
  candidates.push(headers.get("x-real-ip"));
  for (const candidate of candidates) {
    const ip = candidate?.trim().replace(/^\[(.*)\]$/, "$1");
    if (ip && isIP(ip)) return ip.toLowerCase();
  }
  return UNKNOWN_CLIENT;
}
