// Per-request content pages sent without scripts (decision 0026), and the question
// pages sent with our own script only (decision 0031): which responses qualify, and
// the policy they get.
import { describe, expect, it } from "vitest";
import { isPlainDynamicPage, isStepPage, withoutScriptAllowance, withScript } from "@/lib/security/plain-pages";

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

describe("the inquiry's question pages", () => {
  it("are the four steps in every locale, also when a form posted without JavaScript comes back", () => {
    for (const path of ["/de/inquiry", "/ja/inquiry/", "/en/inquiry/company", "/de/inquiry/plans", "/ja/inquiry/contact"]) expect(isStepPage(path, 200), path).toBe(true);
  });

  it("are not the check, confirmation and status pages, other paths, other locales or errors", () => {
    for (const path of ["/de/inquiry/check", "/de/inquiry/confirmation", "/ja/inquiry/status", "/de/inquiry/messages/x", "/de/inquiry/nope", "/fr/inquiry", "/inquiry", "/de/admin/inquiry", "/de/inquiry/company/x"]) {
      expect(isStepPage(path, 200), path).toBe(false);
    }
    expect(isStepPage("/de/inquiry", 404)).toBe(false);
    expect(isStepPage("/de/inquiry", 500)).toBe(false);
  });

  it("get the script at the end of the head, deferred", () => {
    expect(withScript("<html><head><title>x</title></head><body></body></html>", "/generated/inquiry-step-AB12.js")).toBe(
      '<html><head><title>x</title><script src="/generated/inquiry-step-AB12.js" defer></script></head><body></body></html>',
    );
  });
});
