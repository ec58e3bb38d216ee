// Per-request content pages sent without scripts (decision 0026): which responses
// qualify, and the policy they get.
import { describe, expect, it } from "vitest";
import { isPlainDynamicPage, withoutScriptAllowance } from "@/lib/security/plain-pages";

describe("per-request content pages", () => {
  it("are the directory with filters, under its address or its rewritten twin, in every locale", () => {
    for (const path of ["/de/municipalities", "/ja/municipalities/", "/en/municipalities/filtered"]) expect(isPlainDynamicPage(path, 200), path).toBe(true);
  });

  it("are nothing else: the inquiry, the status page, the staff area, profiles, other locales, errors", () => {
    for (const path of ["/de/inquiry", "/de/inquiry/check", "/ja/inquiry/status", "/de/admin", "/de/admin/municipalities", "/de/municipalities/essen", "/fr/municipalities", "/municipalities"]) {
      expect(isPlainDynamicPage(path, 200), path).toBe(false);
    }
    // A 404 is the 404 page's business (not-found-page.test.ts).
    expect(isPlainDynamicPage("/de/municipalities", 404)).toBe(false);
    expect(isPlainDynamicPage("/de/municipalities", 500)).toBe(false);
  });

  it("get a policy whose script-src allows no inline script, the rest unchanged", () => {
    const policy = "default-src 'self'; script-src 'self' 'nonce-abc=='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    expect(withoutScriptAllowance(policy)).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    expect(withoutScriptAllowance("script-src 'self' 'nonce-x'; object-src 'none'")).toBe("script-src 'self'; object-src 'none'");
    // Only the script-src directive itself: script-src-elem (not used by the portal) is left as it is.
    expect(withoutScriptAllowance("default-src 'self'; script-src-elem 'self' 'nonce-y'")).toBe("default-src 'self'; script-src-elem 'self' 'nonce-y'");
  });
});
