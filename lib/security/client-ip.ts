// Who a request comes from, for per-client limits (status look-ups, submissions,
// sign-in throttling). Only two sources count (issue #14, findings 2 and 3):
// - the connection's own address, which the serving process writes into
//   SOCKET_ADDRESS_HEADER for every request, replacing any copy a client sent
//   (patches/next+16.4.6.patch; Next.js gives Server Actions no socket otherwise);
// - with TRUST_PROXY, the last X-Forwarded-For entry: the address our own reverse
//   proxy saw (entries before it are whatever the client wrote).
// X-Real-IP and the first X-Forwarded-For entry are client-controlled and ignored
// (decision 0013).
import { isIP } from "node:net";
import { env } from "../env.ts";

type HeaderSource = { get(name: string): string | null };

/** Set by the patched Next.js server from the socket; never taken from the client. */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

/** Only when the request did not pass through the patched server (a misconfiguration, see README "Security"). */
export const UNKNOWN_CLIENT = "unknown";

function parseIp(candidate: string | null | undefined): string | undefined {
  let ip = candidate?.trim().replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (!ip || !isIP(ip)) return undefined;
  // An IPv4 client on a dual-stack socket: ::ffff:192.0.2.1 is 192.0.2.1.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) ip = mapped[1]!;
  return ip;
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Groups(ip: string): number[] {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const part = (text: string | undefined) =>
    !text
      ? []
      : text.split(":").flatMap((g) => {
          if (!g.includes(".")) return [parseInt(g, 16)];
          const [a, b, c, d] = g.split(".").map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const front = part(head);
  const back = part(tail);
  return tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The rate-limit identity of an address: IPv4 as it is; IPv6 as its /64 network,
 * which one subscriber holds whole and could otherwise walk through for fresh allowances.
 */
export function clientKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const groups = ipv6Groups(ip).slice(0, 4).map((g) => g.toString(16));
  return `${groups.join(":")}::/64`;
}

/**
 * The client for rate limiting: an IPv4 address or an IPv6 /64 (see clientKey), or
 * UNKNOWN_CLIENT when neither source above is present.
 */
export function clientIp(headers: HeaderSource, trustProxy: boolean = env.TRUST_PROXY): string {
  const forwarded = trustProxy ? parseIp(headers.get("x-forwarded-for")?.split(",").at(-1)) : undefined;
  const ip = forwarded ?? parseIp(headers.get(SOCKET_ADDRESS_HEADER));
  return ip ? clientKey(ip) : UNKNOWN_CLIENT;
}
