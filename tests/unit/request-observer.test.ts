// The bounded labels and ids of the request log and /api/metrics: no path with an id
// or a reference becomes a label, and a request id from outside is kept only when
// it is a plain token.
import { describe, expect, it } from "vitest";
import { routeGroup } from "@/lib/server/metrics";
import { requestId } from "@/lib/server/request-observer";

describe("route groups", () => {
  it.each([
    ["/_next/static/chunks/a.js", "assets"],
    ["/api/inquiries", "api_inquiries"],
    ["/api/health/ready", "api_health"],
    ["/api/metrics", "api_other"],
    ["/metrics", "api_other"],
    ["/de/admin/inquiries/NT-2026-00042", "staff"],
    ["/ja/inquiry/check", "inquiry"],
    ["/en/municipalities/essen", "public"],
    ["/", "public"],
  ])("%s is %s", (path, group) => expect(routeGroup(path)).toBe(group));
});

describe("request ids", () => {
  it("keeps a proxy's plain id and replaces anything else", () => {
    expect(requestId("0f3c2a9e5b7d4c1a8e6f0b2d4c6a8e0f")).toBe("0f3c2a9e5b7d4c1a8e6f0b2d4c6a8e0f");
    for (const bad of [undefined, "", "two words", "x".repeat(129), "a\nb", ["a", "b"]]) expect(requestId(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
