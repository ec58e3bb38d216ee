// Translation engines for the tests, served in-process over real HTTP and following the
// published APIs (the CI machines reach no engine and cannot run one: no models):
//   LibreTranslate (https://docs.libretranslate.com, "API usage"): POST /translate with a
//   JSON body {q, source ("auto" or a code), target, format ("text"|"html"), api_key} →
//   {translatedText} (+ detectedLanguage {confidence, language} for "auto"), errors as
//   {error} with 400 (bad request), 403 (wrong key), 429 (slow down), 500; GET /languages
//   → [{code, name, targets}].
//   DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate): POST
//   /v2/translate, "Authorization: DeepL-Auth-Key <key>", JSON {text: string[],
//   target_lang, source_lang?} → {translations: [{detected_source_language, text}]};
//   403 wrong key, 400 bad value, 429 too many requests, 456 quota exceeded.
// Each server checks the request's shape and refuses what the real one refuses, records
// every request, and can be switched to an outage (503), a rate limit (429) or, DeepL, an
// exhausted quota (456). Translations are looked up in a small phrase book, else marked.
// Run as a script (the browser tests' webServer): a LibreTranslate on E2E_TRANSLATE_PORT.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type EngineMode = "ok" | "down" | "rate-limit" | "quota";
export type RecordedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown };

/** What the fake engines "know": exact sentences the tests use, per target language. */
export const PHRASE_BOOK: Record<string, Partial<Record<"de" | "ja" | "en", string>>> = {
  "エッセンに欧州拠点を開設したいと考えています。協働ロボットの販売とサービスを計画しており、来年春の事務所開設を目指しています。": {
    de: "Wir möchten in Essen einen europäischen Standort eröffnen. Wir planen Vertrieb und Service für kollaborative Roboter und wollen im nächsten Frühjahr ein Büro eröffnen.",
    en: "We would like to open a European base in Essen. We plan sales and service for collaborative robots and aim to open an office next spring.",
  },
  "ご連絡ありがとうございます。来週、オンラインでご相談できますか。": {
    de: "Vielen Dank für Ihre Nachricht. Können wir uns nächste Woche online beraten?",
    en: "Thank you for your message. Can we consult online next week?",
  },
  "Vielen Dank für Ihre Anfrage. Gerne stellen wir Ihnen nächste Woche Gewerbeflächen in Essen vor.": {
    ja: "お問い合わせいただきありがとうございます。来週、エッセンの事業用物件をご紹介いたします。",
    en: "Thank you for your inquiry. We would be happy to present commercial space in Essen next week.",
  },
};

const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "de", name: "German" },
  { code: "ja", name: "Japanese" },
];
const CODES = LANGUAGES.map((l) => l.code);

/** Japanese script → ja; German letters or words → de; else en. Enough for the tests' texts. */
export function detectLanguage(text: string): "de" | "ja" | "en" {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return "ja";
  if (/[äöüß]|\b(und|der|die|das|wir|Sie|nicht|mit)\b/i.test(text)) return "de";
  return "en";
}

export function fakeTranslate(text: string, target: string): string {
  const known = PHRASE_BOOK[text]?.[target as "de"];
  return known ?? `[${target}] ${text}`;
}

export type TestEngine = {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Every text the engine was asked to translate. */
  texts: () => string[];
  setMode: (mode: EngineMode) => void;
  close: () => Promise<void>;
};

type Handler = (req: RecordedRequest, mode: EngineMode) => { status: number; body: unknown; headers?: Record<string, string> };

async function serve(handler: Handler, textsOf: (r: RecordedRequest) => string[], port = 0): Promise<TestEngine> {
  const requests: RecordedRequest[] = [];
  let mode: EngineMode = "ok";
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = (request.url ?? "/").split("?")[0]!;
      // The tests' switch (not part of either API): POST /__mode {mode}.
      if (path === "/__mode" && request.method === "POST") {
        mode = (JSON.parse(raw) as { mode: EngineMode }).mode;
        response.writeHead(204).end();
        return;
      }
      let body: unknown = raw;
      if ((request.headers["content-type"] ?? "").startsWith("application/json")) {
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          body = undefined;
        }
      }
      const recorded = { method: request.method ?? "GET", path, headers: request.headers, body };
      requests.push(recorded);
      const answer = handler(recorded, mode);
      response.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    texts: () => requests.flatMap(textsOf),
    setMode: (m) => {
      mode = m;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A LibreTranslate server; with `apiKey`, requests without that api_key get 403. */
export function startLibreTranslate(options: { apiKey?: string; port?: number } = {}): Promise<TestEngine> {
  return serve(
    (req, mode) => {
      if (req.method === "GET" && req.path === "/languages") return { status: 200, body: LANGUAGES.map((l) => ({ ...l, targets: CODES })) };
      if (req.path !== "/translate") return { status: 404, body: { error: "Not Found" } };
      if (req.method !== "POST") return { status: 405, body: { error: "Method Not Allowed" } };
      if (mode === "down") return { status: 503, body: { error: "Service Unavailable" } };
      if (mode === "rate-limit") return { status: 429, body: { error: "Slowdown: 10 per 1 minute" } };
      const b = req.body as Record<string, unknown> | undefined;
      if (!b || typeof b !== "object") return { status: 400, body: { error: "Invalid request: body is not JSON" } };
      if (options.apiKey && b.api_key !== options.apiKey) return { status: 403, body: { error: "Invalid API key" } };
      const q = b.q;
      const texts = typeof q === "string" ? [q] : Array.isArray(q) && q.every((x) => typeof x === "string") ? (q as string[]) : null;
      if (!texts) return { status: 400, body: { error: "Invalid request: missing q parameter" } };
      if (typeof b.source !== "string") return { status: 400, body: { error: "Invalid request: missing source parameter" } };
      if (typeof b.target !== "string") return { status: 400, body: { error: "Invalid request: missing target parameter" } };
      if (b.source !== "auto" && !CODES.includes(b.source)) return { status: 400, body: { error: `${b.source} is not supported` } };
      if (!CODES.includes(b.target)) return { status: 400, body: { error: `${b.target} is not supported` } };
      if (b.format !== undefined && b.format !== "text" && b.format !== "html") return { status: 400, body: { error: `${String(b.format)} format is not supported` } };
      const target = b.target;
      const translated = texts.map((t) => ((b.source === "auto" ? detectLanguage(t) : b.source) === target ? t : fakeTranslate(t, target)));
      const detected = texts.map((t) => ({ confidence: 90, language: detectLanguage(t) }));
      const single = typeof q === "string";
      return {
        status: 200,
        body: {
          translatedText: single ? translated[0] : translated,
          ...(b.source === "auto" ? { detectedLanguage: single ? detected[0] : detected } : {}),
        },
      };
    },
    (r) => {
      const q = (r.body as { q?: unknown } | undefined)?.q;
      return r.path === "/translate" ? (typeof q === "string" ? [q] : Array.isArray(q) ? (q as string[]) : []) : [];
    },
    options.port,
  );
}

const DEEPL_TARGETS = ["DE", "JA", "EN-GB", "EN-US"];
const DEEPL_SOURCES = ["DE", "JA", "EN"];

/** A DeepL API v2 server accepting one key. */
export function startDeepL(options: { authKey: string; port?: number }): Promise<TestEngine> {
  return serve(
    (req, mode) => {
      if (req.path !== "/v2/translate") return { status: 404, body: { message: "Not found" } };
      if (req.method !== "POST") return { status: 405, body: { message: "Method not allowed" } };
      if (req.headers.authorization !== `DeepL-Auth-Key ${options.authKey}`) return { status: 403, body: { message: "Authorization failure, check auth_key" } };
      if (mode === "down") return { status: 503, body: { message: "Service unavailable" } };
      if (mode === "rate-limit") return { status: 429, body: { message: "Too many requests" }, headers: { "Retry-After": "1" } };
      if (mode === "quota") return { status: 456, body: { message: "Quota exceeded" } };
      const b = req.body as Record<string, unknown> | undefined;
      if (!b || typeof b !== "object") return { status: 400, body: { message: "Bad request" } };
      const text = b.text;
      if (!Array.isArray(text) || text.length === 0 || text.length > 50 || !text.every((t) => typeof t === "string")) {
        return { status: 400, body: { message: "Value for 'text' not supported." } };
      }
      if (typeof b.target_lang !== "string" || !DEEPL_TARGETS.includes(b.target_lang.toUpperCase())) return { status: 400, body: { message: "Value for 'target_lang' not supported." } };
      if (b.source_lang !== undefined && (typeof b.source_lang !== "string" || !DEEPL_SOURCES.includes(b.source_lang.toUpperCase()))) {
        return { status: 400, body: { message: "Value for 'source_lang' not supported." } };
      }
      const target = b.target_lang.slice(0, 2).toLowerCase();
      return {
        status: 200,
        body: {
          translations: (text as string[]).map((t) => {
            const source = typeof b.source_lang === "string" ? b.source_lang.toLowerCase() : detectLanguage(t);
            return { detected_source_language: source.toUpperCase(), text: source === target ? t : fakeTranslate(t, target) };
          }),
        },
      };
    },
    (r) => (r.path === "/v2/translate" && Array.isArray((r.body as { text?: unknown })?.text) ? ((r.body as { text: string[] }).text) : []),
    options.port,
  );
}

// As the browser tests' webServer: `node --import tsx tests/support/translation-engines.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.E2E_TRANSLATE_PORT ?? 0);
  const engine = await startLibreTranslate({ port });
  process.stdout.write(`LibreTranslate test engine at ${engine.url}\n`);
  const stop = () => void engine.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
