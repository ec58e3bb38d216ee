// Cached pages compressed once per payload (decision 0025): content negotiation by
// Accept-Encoding and If-None-Match as RFC 9110 words them, and what a real
// node:http server sends for each (lengths, codings, Vary, 304, HEAD).
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptableCodings, entityTags, etagOf, notModified, sendCachedPayload, whenCompressed } from "@/lib/cache/encoded-payloads";

describe("Accept-Encoding", () => {
  it.each([
    [undefined, ["identity"]],
    ["", ["identity"]],
    ["gzip, deflate, br", ["br", "gzip", "identity"]],
    ["gzip", ["gzip", "identity"]],
    ["x-gzip", ["gzip", "identity"]],
    ["GZIP;Q=0.5, BR;q=0.4", ["identity", "gzip", "br"]],
    ["br;q=0.8, gzip;q=0.9, identity;q=0.1", ["gzip", "br", "identity"]],
    ["br;q=0, gzip", ["gzip", "identity"]],
    ["identity;q=0, gzip", ["gzip"]],
    ["*", ["br", "gzip", "identity"]],
    ["*;q=0", []],
    ["*;q=0, identity", ["identity"]],
    ["br;q=0.5, *;q=0.1", ["br", "gzip", "identity"]], // * names identity too
    ["deflate", ["identity"]],
    ["br;q=2, gzip;q=0.1234, gzip", ["gzip", "identity"]],
    [["gzip", "br"], ["br", "gzip", "identity"]],
  ])("%j accepts %j, best first", (header, expected) => {
    expect(acceptableCodings(header)).toEqual(expected);
  });
});

describe("If-None-Match", () => {
  it("parses lists of strong and weak tags, and *", () => {
    expect(entityTags('"a", W/"b" ,"c"')).toEqual(['"a"', '"b"', '"c"']);
    expect(entityTags("*")).toEqual(["*"]);
    expect(entityTags('"a,b"')).toEqual(['"a,b"']);
    expect(entityTags('"a" "b"')).toBeUndefined();
    expect(entityTags("a")).toBeUndefined();
    expect(entityTags("")).toBeUndefined();
  });

  it("compares weakly: W/ on either side does not matter, the opaque tag does", () => {
    expect(notModified('"x"', '"x"')).toBe(true);
    expect(notModified('W/"x"', '"x"')).toBe(true);
    expect(notModified('"x"', 'W/"x"')).toBe(true);
    expect(notModified('"y", W/"x"', '"x"')).toBe(true);
    expect(notModified('"y"', '"x"')).toBe(false);
    expect(notModified("*", '"x"')).toBe(true);
    expect(notModified(undefined, '"x"')).toBe(false);
    expect(notModified('"x', '"x"')).toBe(false);
  });

  it("gives each coding a tag of its own", () => {
    expect(etagOf('"abc"', "identity")).toBe('"abc"');
    expect(etagOf('"abc"', "br")).toBe('"abc-br"');
    expect(etagOf('"abc"', "gzip")).toBe('"abc-gz"');
    expect(notModified(etagOf('"abc"', "identity"), etagOf('"abc"', "br"))).toBe(false);
  });
});

describe("sending a cacheable payload", () => {
  // Japanese and German text, well above the compression threshold.
  const payload = `<!DOCTYPE html><html><body>${"エッセン市の産業と投資環境 Wirtschaftsförderung Essen ".repeat(400)}</body></html>`;
  const small = "<p>kurz</p>";
  const etag = '"p1"';
  let server: http.Server;
  let origin = "";

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.setHeader("Cache-Control", "s-maxage=31536000");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (req.url === "/rsc") res.setHeader("Vary", "rsc, next-router-state-tree");
      const body = req.url === "/small" ? small : payload;
      if (!sendCachedPayload(req, res, body, req.url === "/small" ? '"s1"' : etag)) {
        res.statusCode = 405;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetchRaw("/", {});
    await whenCompressed(payload);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function fetchRaw(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request(origin + path, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("sends brotli, gzip or the plain bytes as asked, each with its length, tag and Vary", async () => {
    const br = await fetchRaw("/", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(zlib.brotliDecompressSync(br.body).toString("utf8")).toBe(payload);
    expect(br.headers.etag).toBe('"p1-br"');
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.headers["cache-control"]).toBe("s-maxage=31536000");

    const gz = await fetchRaw("/", { "accept-encoding": "gzip;q=1, br;q=0.5" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
    expect(zlib.gunzipSync(gz.body).toString("utf8")).toBe(payload);
    expect(gz.headers.etag).toBe('"p1-gz"');
    expect(br.body.length).toBeLessThan(gz.body.length);

    const plain = await fetchRaw("/", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(payload));
    expect(plain.body.toString("utf8")).toBe(payload);
    expect(plain.headers.etag).toBe('"p1"');
    expect(plain.headers.vary).toBe("Accept-Encoding");
  });

  it("keeps the Vary Next.js set and adds Accept-Encoding once", async () => {
    const res = await fetchRaw("/rsc", { "accept-encoding": "br" });
    expect(res.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
  });

  it("answers a matching If-None-Match with 304, no body, the tag and Vary", async () => {
    for (const [ifNoneMatch, acceptEncoding] of [
      ['"p1-br"', "br, gzip"],
      ['W/"p1-gz"', "gzip"],
      ['"old", "p1"', ""],
      ["*", "br"],
    ] as const) {
      const res = await fetchRaw("/", { "if-none-match": ifNoneMatch, "accept-encoding": acceptEncoding });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.body.length).toBe(0);
      expect(res.headers.etag).toBe(etagOf(etag, acceptableCodings(acceptEncoding || undefined)[0]!));
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(res.headers["cache-control"]).toBe("s-maxage=31536000");
    }
  });

  it("sends the full page when the tag is another coding's, another payload's or malformed", async () => {
    for (const [ifNoneMatch, acceptEncoding] of [
      ['"p1"', "br"],
      ['"p1-br"', "gzip"],
      ['"p0-br"', "br"],
      ['"p1-br', "br"],
    ] as const) {
      const res = await fetchRaw("/", { "if-none-match": ifNoneMatch, "accept-encoding": acceptEncoding });
      expect(res.status, ifNoneMatch).toBe(200);
      expect(res.body.length).toBe(Number(res.headers["content-length"]));
    }
  });

  it("answers HEAD with the headers of the GET and no body", async () => {
    const get = await fetchRaw("/", { "accept-encoding": "br" });
    const head = await fetchRaw("/", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it("sends small payloads as they are, and leaves other methods to the caller", async () => {
    const res = await fetchRaw("/small", { "accept-encoding": "br, gzip" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString("utf8")).toBe(small);
    expect((await fetchRaw("/", {}, "POST")).status).toBe(405);
  });
});
