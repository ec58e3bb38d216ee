import { describe, expect, it } from "vitest";
import { decodeEntities, extractAssets, findLink, formTarget, hiddenFields, visibleWords } from "@/bench/html";
import { mergeRounds } from "@/bench/load";
import { atLeast, atMost, fmtRatio, markdownTable, percentile, ratio, reportTable, summarize, worst } from "@/bench/stats";

describe("percentile (nearest rank)", () => {
  it("picks the sample at the rank, whatever the input order", () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(100);
    expect(percentile(samples, 10)).toBe(10);
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(100);
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("is NaN without samples and the sample itself with one", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([7], 99)).toBe(7);
  });

  it("summarises p50, p95 and p99 of a hundred samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ n: 100, p50: 50, p95: 95, p99: 99 });
  });
});

describe("ratios and verdicts", () => {
  it("divides value by ceiling and refuses missing or zero ceilings", () => {
    expect(ratio(40, 50)).toBeCloseTo(0.8);
    expect(ratio(40, 0)).toBeNaN();
    expect(ratio(undefined, 50)).toBeNaN();
    expect(ratio(Number.NaN, 50)).toBeNaN();
  });

  it("passes at the target and misses beyond it", () => {
    expect(atLeast(0.8, 0.8)).toBe("pass");
    expect(atLeast(0.79, 0.8)).toBe("miss");
    expect(atMost(1.5, 1.5)).toBe("pass");
    expect(atMost(1.51, 1.5)).toBe("miss");
    expect(atMost(Number.NaN, 1.5)).toBe("n/a");
  });

  it("ranks a correctness failure above a missed target", () => {
    expect(worst("pass", "miss", "FAIL")).toBe("FAIL");
    expect(worst("pass", "n/a", "miss")).toBe("miss");
    expect(worst("pass", "pass")).toBe("pass");
  });

  it("formats ratios with two decimals and a dash when unknown", () => {
    expect(fmtRatio(0.8049)).toBe("0.80x");
    expect(fmtRatio(Number.NaN)).toBe("–");
  });
});

describe("markdown table", () => {
  it("writes a header, a separator and one line per row, escaping pipes", () => {
    expect(markdownTable(["a", "b"], [["1", "x|y"]])).toBe("| a | b |\n| --- | --- |\n| 1 | x\\|y |");
  });

  it("puts the verdict and its note into the result column", () => {
    const table = reportTable([{ figure: "f", value: "1 req/s", ceiling: "2 req/s", ratio: "0.50x", target: "≥ 0.80x", verdict: "miss", note: "noisy" }]);
    expect(table.split("\n")[2]).toBe("| f | 1 req/s | 2 req/s | 0.50x | ≥ 0.80x | miss (noisy) |");
  });
});

describe("HTML asset extraction", () => {
  const page = `<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
    <link rel="preload" as="style" href="/_next/static/chunks/b.css">
    <link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="">
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>
    <link rel="icon" href="/icon.svg">
    <script src="/_next/static/chunks/c.js" async=""></script>
    <script src='https://cdn.example.org/x.js'></script>
    <script>self.__next_f.push([1,"<script src=\\"/not-a-tag.js\\">"])</script>
    </head><body><script src="/_next/static/chunks/d.js?v=1&amp;w=2" async></script></body></html>`;

  it("finds scripts and stylesheets once each, absolute, in document order", () => {
    const assets = extractAssets(page, "http://127.0.0.1:3000/de/about");
    expect(assets.styles).toEqual(["http://127.0.0.1:3000/_next/static/chunks/a.css", "http://127.0.0.1:3000/_next/static/chunks/b.css"]);
    expect(assets.scripts).toEqual([
      "http://127.0.0.1:3000/_next/static/chunks/c.js",
      "https://cdn.example.org/x.js",
      "http://127.0.0.1:3000/_next/static/chunks/d.js?v=1&w=2",
    ]);
  });

  it("ignores fonts, icons and inline scripts", () => {
    const assets = extractAssets(page, "http://127.0.0.1:3000/");
    expect([...assets.scripts, ...assets.styles].some((url) => /font|icon|not-a-tag/.test(url))).toBe(false);
  });
});

describe("forms and links", () => {
  const html = `<form action="/search"><input type="hidden" name="q" value="x"></form>
    <form action="" method="POST" encType="multipart/form-data">
      <input type="hidden" name="$ACTION_REF_1"/>
      <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f00&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
      <input type="hidden" name="idempotencyKey" value="abc-123">
      <input type="text" name="fax_number" value="">
      <input name="email" type="email">
    </form>
    <a href="/de/admin/inquiries">Erste Seite</a> <a href="/de/admin/inquiries?status=NEW&amp;after=eyJ9">Weiter</a>`;

  it("returns the hidden fields of the chosen form with entities decoded", () => {
    expect(hiddenFields(html, (form) => form.includes("idempotencyKey"))).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7f00","bound":"$@1"}'],
      ["idempotencyKey", "abc-123"],
    ]);
    expect(hiddenFields(html)).toEqual([["q", "x"]]);
  });

  it("tells where and how the chosen form is sent, with HTML's defaults where unset", () => {
    expect(formTarget(html, "http://localhost:3000/de/inquiry/check", (form) => form.includes("idempotencyKey"))).toEqual({
      action: "http://localhost:3000/de/inquiry/check",
      method: "POST",
      enctype: "multipart/form-data",
    });
    expect(formTarget(html, "http://localhost:3000/de/x")).toEqual({ action: "http://localhost:3000/search", method: "GET", enctype: "application/x-www-form-urlencoded" });
  });

  it("refuses a page without a matching form", () => {
    expect(() => hiddenFields(html, (form) => form.includes("password"))).toThrow(/no matching form/);
  });

  it("finds a link by pattern and decodes &amp; entities", () => {
    const href = findLink(html, /after=/);
    expect(href).toBe("/de/admin/inquiries?status=NEW&after=eyJ9");
    expect(findLink(html, /zurück/)).toBeUndefined();
    expect(decodeEntities("&lt;a&gt; &#39;&#x41;&quot;")).toBe("<a> 'A\"");
  });
});

describe("visible words", () => {
  it("keeps the text a reader sees, in order, and leaves out scripts, styles and markup", () => {
    const html = `<html><head><title>Essen &amp; Köln</title><style>body{color:red}</style></head>
      <body><h1 class="x">Wirtschaftsförderung</h1><p>東京都と <b>NRW</b> 州&#39;s</p>
      <script>self.__next_f.push([1,"不要"])</script><script src="/a.js"></script><template><p>hidden</p></template></body></html>`;
    expect(visibleWords(html)).toEqual(["Essen", "&", "Köln", "Wirtschaftsförderung", "東京都と", "NRW", "州's"]);
  });
});

describe("load rounds", () => {
  const round = (rps: number, seconds: number, latencies: number[], codes: Record<string, number>) => ({
    result: { rps, p50: 0, p99: 0, requests: Object.values(codes).reduce((a, b) => a + b, 0), errors: 0, statusCodes: codes, seconds },
    latencies,
  });

  it("merge into one result: rate weighted by seconds, percentiles over every response, counts summed", () => {
    const merged = mergeRounds([round(100, 5, [10, 20, 30], { "200": 3 }), round(200, 5, [40, 50, 60, 70], { "200": 3, "503": 1 })]);
    expect(merged.rps).toBe(150);
    expect(merged.seconds).toBe(10);
    expect(merged.requests).toBe(7);
    expect(merged.statusCodes).toEqual({ "200": 6, "503": 1 });
    expect(merged.p50).toBe(40);
    expect(merged.p99).toBe(70);
  });

  it("of nothing is zero, not NaN", () => {
    expect(mergeRounds([round(0, 0, [], {})])).toMatchObject({ rps: 0, p50: 0, p99: 0, requests: 0 });
  });
});
