import { describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_CLIENT } from "@/lib/security/client-ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the client address used for rate limits", () => {
  it("takes the first X-Forwarded-For entry only behind a trusted proxy", () => {
    const h = headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.1" });
    expect(clientIp(h, true)).toBe("203.0.113.7");
    expect(clientIp(h, false)).toBe("10.0.0.1");
  });

  it("falls back to the shared bucket when nothing usable is sent", () => {
    expect(clientIp(headers({}), true)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(headers({ "x-forwarded-for": "not-an-ip" }), true)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.7" }), false)).toBe(UNKNOWN_CLIENT);
  });

  it("understands IPv6", () => {
    expect(clientIp(headers({ "x-forwarded-for": "[2001:DB8::1]" }), true)).toBe("2001:db8::1");
  });
});
