import { describe, expect, it } from "vitest";
import { clientIp, clientKey, SOCKET_ADDRESS_HEADER, UNKNOWN_CLIENT } from "@/lib/security/client-ip";

const headers = (h: Record<string, string>) => new Headers(h);
const socket = (ip: string, more: Record<string, string> = {}) => headers({ [SOCKET_ADDRESS_HEADER]: ip, ...more });

describe("clientIp (issue #14, findings 2 and 3)", () => {
  it("uses the connection's address and ignores address headers a client can write, with TRUST_PROXY off", () => {
    const spoofed = { "x-real-ip": "198.51.100.1", "x-forwarded-for": "198.51.100.2, 198.51.100.3" };
    expect(clientIp(socket("203.0.113.7", spoofed), false)).toBe("203.0.113.7");
    expect(clientIp(headers(spoofed), false)).toBe(UNKNOWN_CLIENT);
  });

  it("behind a trusted proxy takes the last X-Forwarded-For entry (what our proxy saw), never the client's own entries", () => {
    const h = socket("10.0.0.1", { "x-forwarded-for": "198.51.100.2, 203.0.113.7", "x-real-ip": "198.51.100.1" });
    expect(clientIp(h, true)).toBe("203.0.113.7");
    expect(clientIp(socket("10.0.0.1", { "x-forwarded-for": "not-an-ip" }), true)).toBe("10.0.0.1");
    expect(clientIp(headers({}), true)).toBe(UNKNOWN_CLIENT);
  });

  it("normalises IPv4-mapped and bracketed addresses", () => {
    expect(clientIp(socket("::ffff:127.0.0.2"), false)).toBe("127.0.0.2");
    expect(clientIp(headers({ "x-forwarded-for": "[2001:DB8::1]" }), true)).toBe("2001:db8:0:0::/64");
    expect(clientIp(socket("not an address"), false)).toBe(UNKNOWN_CLIENT);
  });

  it("counts an IPv6 client by its /64, which one subscriber holds whole", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:ffff:ffff:ffff:fffe")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(clientKey("192.0.2.1")).toBe("192.0.2.1");
  });
});
