// Odd input and request-built headers (issue #14, findings 7 and 8), below the browser tests.
import { describe, expect, it } from "vitest";
import { refusedActionBody } from "@/lib/security/action-body";
import { hasNulByte, storableText } from "@/lib/security/action-input";
import { languageLinkHeader } from "@/lib/seo";
import { publicBaseUrl } from "@/lib/env";

const post = (body: BodyInit, headers: Record<string, string>) => new Request("http://localhost/en/inquiry/status", { method: "POST", body, headers });

describe("NUL bytes", () => {
  it("are found in any field name or value, and stored as U+FFFD", () => {
    const form = new FormData();
    form.append("note", "fine");
    expect(hasNulByte(form)).toBe(false);
    form.append("body", "a\u0000b");
    expect(hasNulByte(form)).toBe(true);
    const named = new FormData();
    named.append("x\u0000", "y");
    expect(hasNulByte(named)).toBe(true);
    expect(storableText("a\u0000b\u0000")).toBe("a\uFFFDb\uFFFD");
  });
});

describe("refusedActionBody", () => {
  it("leaves reads, plain form posts and well-formed Server Action calls alone", async () => {
    expect(await refusedActionBody(new Request("http://localhost/en"))).toBeUndefined();
    expect(await refusedActionBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBeUndefined();
    expect(await refusedActionBody(post('["$K1"]', { "next-action": "ab", "content-type": "text/plain", "content-length": "6" }))).toBeUndefined();
    const form = new FormData();
    form.append("email", "a@example.org");
    const encoded = new Request("http://localhost/", { method: "POST", body: form });
    const body = await encoded.arrayBuffer();
    expect(await refusedActionBody(post(body, { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.byteLength) }))).toBeUndefined();
  });

  it("refuses what Next.js would answer with a 500", async () => {
    expect(await refusedActionBody(post("x", { "next-action": "ab", "content-type": "text/plain" }))).toMatchObject({ status: 411 });
    expect(await refusedActionBody(post("x", { "next-action": "ab", "content-length": String(2 * 1024 * 1024) }))).toMatchObject({ status: 413 });
    expect(await refusedActionBody(post("not json", { "next-action": "ab", "content-type": "text/plain", "content-length": "8" }))).toMatchObject({ status: 400 });
    const garbage = "--y\r\ngarbage";
    expect(await refusedActionBody(post(garbage, { "content-type": "multipart/form-data; boundary=x", "content-length": String(garbage.length) }))).toMatchObject({ status: 400 });
  });
});

describe("languageLinkHeader", () => {
  it("names the HTML's alternates from PUBLIC_BASE_URL, x-default included", () => {
    const base = publicBaseUrl();
    expect(languageLinkHeader("/ja/municipalities/")).toBe(
      [`<${base}/de/municipalities>; rel="alternate"; hreflang="de-DE"`, `<${base}/ja/municipalities>; rel="alternate"; hreflang="ja-JP"`, `<${base}/en/municipalities>; rel="alternate"; hreflang="en"`, `<${base}/de/municipalities>; rel="alternate"; hreflang="x-default"`].join(", "),
    );
    expect(languageLinkHeader("/en")).toContain(`<${base}/en>; rel="alternate"; hreflang="en"`);
    expect(languageLinkHeader("/favicon.ico")).toBeUndefined();
    expect(languageLinkHeader("/")).toBeUndefined();
  });
});
