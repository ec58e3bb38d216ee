import { describe, expect, it } from "vitest";
import { isErrorShell, referencesScript, withoutScripts } from "@/lib/security/plain-html";

// What Next.js 16.4 writes into a page (shortened), around markup that must stay.
const PAGE = [
  '<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-1.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" href="/fonts/x.woff2" as="font" crossorigin=""/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "<title>エッセン</title></head><body><main><p>a &lt;script&gt; in text stays</p>",
  '<form action="/ja/municipalities" method="get"><select name="sector"></select></form></main>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"0:\\u003cdiv\\u003e"])</script>',
  "<SCRIPT type=\"text/javascript\">\nalert(1)\n</SCRIPT >",
  "</body></html>",
].join("");

describe("withoutScripts", () => {
  it("removes script elements and script preloads, nothing else", () => {
    const plain = withoutScripts(PAGE);
    expect(plain).not.toMatch(/<script/i);
    expect(plain).not.toContain("modulepreload");
    expect(plain).not.toContain('as="script"');
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(plain).toContain('<link rel="preload" href="/fonts/x.woff2" as="font" crossorigin=""/>');
    expect(plain).toContain("<title>エッセン</title>");
    expect(plain).toContain("<p>a &lt;script&gt; in text stays</p>");
    expect(plain).toContain('<form action="/ja/municipalities" method="get"><select name="sector"></select></form></main></body></html>');
  });

  it("tells whether a page still references a script", () => {
    expect(referencesScript(PAGE)).toBe(true);
    expect(referencesScript(withoutScripts(PAGE))).toBe(false);
    expect(referencesScript('<link rel="preload" as="font" href="/f.woff2"/><p>script</p>')).toBe(false);
  });
});

describe("isErrorShell", () => {
  it("recognises Next's error shell, whose text only its scripts render", () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head><title>x</title></head><body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f.push([1,"x"])</script></body></html>';
    expect(isErrorShell(shell)).toBe(true);
    expect(isErrorShell("<!DOCTYPE html><html id=__next_error__><body></body></html>")).toBe(true);
  });

  it("does not take a page with content for one", () => {
    expect(isErrorShell(PAGE)).toBe(false);
    expect(isErrorShell('<html lang="de"><body><main><p>id="__next_error__"</p></main></body></html>')).toBe(false);
    expect(isErrorShell('<html id="__next_error__x"><body></body></html>')).toBe(false);
  });
});
