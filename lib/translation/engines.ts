// The translation engines behind one small interface (decision 0028): LibreTranslate
// (open source, self-hosted: the texts stay on the programme's servers) and the DeepL
// API (a processor under Art. 28 GDPR). Each adapter follows its published API:
//   LibreTranslate: POST /translate {q, source, target, format, api_key} → {translatedText,
//   detectedLanguage?}; GET /languages → [{code, name, targets}]; errors {error} with 400,
//   403, 429, 500.
//   DeepL v2: POST /v2/translate {text: [...], target_lang, source_lang?} with
//   "Authorization: DeepL-Auth-Key …" → {translations: [{detected_source_language, text}]};
//   429 too many requests, 456 quota exceeded, 403 a wrong key.
// No engine is configured by default; without one, staff translate by hand.
import { isLocale, type Locale } from "../i18n/routing.ts";

export type EngineResult = { text: string; detected: Locale | null };

/** Why an engine did not translate: retry later (outage, rate limit, quota) or never (it refused the text). */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    /** The engine asked to wait this long (Retry-After, or a quota until later). */
    readonly waitSeconds?: number,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

export interface TranslationEngine {
  /** Shown beside each translation it wrote and named in the privacy notice. */
  readonly name: "LibreTranslate" | "DeepL";
  /** One text into `target`; `source` null lets the engine detect it. */
  translate(text: string, target: Locale, source: Locale | null): Promise<EngineResult>;
}

const TIMEOUT_MS = 20_000;

async function post(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, method: "POST", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    // Refused connection, DNS, timeout: the engine is away, try again later.
    throw new EngineError(`unreachable: ${error instanceof Error ? error.name : "error"}`, true);
  }
}

function retryAfter(response: Response): number | undefined {
  const value = Number(response.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? Math.min(value, 3_600) : undefined;
}

/** An HTTP answer that is not a translation, as an EngineError: 429, 456 and 5xx are worth retrying, other 4xx not. */
function failure(engine: string, response: Response): EngineError {
  const status = response.status;
  if (status === 429) return new EngineError(`${engine} 429 too many requests`, true, retryAfter(response));
  if (status === 456) return new EngineError(`${engine} 456 quota exceeded`, true, 3_600);
  if (status >= 500) return new EngineError(`${engine} ${status}`, true, retryAfter(response));
  return new EngineError(`${engine} ${status}`, false);
}

const detectedLocale = (code: unknown): Locale | null => {
  const primary = typeof code === "string" ? code.toLowerCase().split(/[-_]/)[0] : undefined;
  return isLocale(primary) ? primary : null;
};

export function libreTranslate(options: { url: string; apiKey?: string }): TranslationEngine {
  const base = options.url.replace(/\/+$/, "");
  return {
    name: "LibreTranslate",
    async translate(text, target, source) {
      const body: Record<string, string> = { q: text, source: source ?? "auto", target, format: "text" };
      if (options.apiKey) body.api_key = options.apiKey;
      const response = await post(`${base}/translate`, { headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) throw failure("LibreTranslate", response);
      const data = (await response.json().catch(() => null)) as { translatedText?: unknown; detectedLanguage?: { language?: unknown } } | null;
      if (typeof data?.translatedText !== "string") throw new EngineError("LibreTranslate: no translatedText in the answer", true);
      return { text: data.translatedText, detected: source ?? detectedLocale(data.detectedLanguage?.language) };
    },
  };
}

/** DeepL's codes: source languages without region; English as a target needs one (EN alone is deprecated). */
const DEEPL_TARGET: Record<Locale, string> = { de: "DE", ja: "JA", en: "EN-GB" };
const DEEPL_SOURCE: Record<Locale, string> = { de: "DE", ja: "JA", en: "EN" };

/** A free key ends in ":fx" and is served by api-free.deepl.com, every other by api.deepl.com. */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

export function deepl(options: { apiKey: string; url?: string }): TranslationEngine {
  const base = (options.url ?? deeplBaseUrl(options.apiKey)).replace(/\/+$/, "");
  return {
    name: "DeepL",
    async translate(text, target, source) {
      const body: Record<string, unknown> = { text: [text], target_lang: DEEPL_TARGET[target] };
      if (source) body.source_lang = DEEPL_SOURCE[source];
      const response = await post(`${base}/v2/translate`, {
        headers: { Authorization: `DeepL-Auth-Key ${options.apiKey}`, "Content-Type": "application/json", "User-Agent": "nrw-tokyo-portal/1.0" },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw failure("DeepL", response);
      const data = (await response.json().catch(() => null)) as { translations?: { text?: unknown; detected_source_language?: unknown }[] } | null;
      const first = data?.translations?.[0];
      if (typeof first?.text !== "string") throw new EngineError("DeepL: no translations in the answer", true);
      return { text: first.text, detected: source ?? detectedLocale(first.detected_source_language) };
    },
  };
}

export type EngineSettings = { TRANSLATE_URL?: string; TRANSLATE_API_KEY?: string; DEEPL_API_KEY?: string; DEEPL_API_URL?: string };

/** The configured engine, or null. A self-hosted LibreTranslate wins over DeepL when both are set. */
export function engineFrom(settings: EngineSettings): TranslationEngine | null {
  if (settings.TRANSLATE_URL) return libreTranslate({ url: settings.TRANSLATE_URL, apiKey: settings.TRANSLATE_API_KEY });
  if (settings.DEEPL_API_KEY) return deepl({ apiKey: settings.DEEPL_API_KEY, url: settings.DEEPL_API_URL });
  return null;
}
