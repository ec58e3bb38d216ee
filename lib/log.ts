// The one logger of every server process (the Next.js servers and `npm start`'s own
// supervisor): pino, one JSON line per event on stdout with `level`, `time`, `component`,
// `msg`, and the request's id (`requestId`, the proxy's X-Request-Id) when the line is
// written while a request is being answered. In a terminal (stdout a TTY) the same
// lines are printed for people instead; LOG_FORMAT=json|pretty overrides that.
// Never log personal data: no addresses, names, message bodies, query strings; errors
// by their message or code only (`errorText`), never the error object (SMTP and
// database errors can quote addresses and connection settings).
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { env } from "./env.ts";

type RequestContext = { requestId: string };
type Shared = { context?: AsyncLocalStorage<RequestContext>; root?: pino.Logger };
// Next.js bundles instrumentation, route handlers and pages separately: one instance per process, kept on globalThis.
const shared = ((globalThis as unknown as { portalLog?: Shared }).portalLog ??= {});
const context = (shared.context ??= new AsyncLocalStorage<RequestContext>());

/** Runs `work` with `requestId` attached to every line it (and what it awaits) logs. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return context.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

const LEVEL_LABEL: Record<string, string> = { trace: "TRACE", debug: "DEBUG", info: "INFO ", warn: "WARN ", error: "ERROR", fatal: "FATAL" };

/** A JSON log line as a person reads it: `12:03:04 WARN  [mail] text  key=value …`. */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, component, msg, ...rest } = entry;
  const clock = typeof time === "string" ? time.slice(11, 19) : "";
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
  return `${clock} ${LEVEL_LABEL[String(level)] ?? String(level)} [${String(component ?? "-")}] ${String(msg ?? "")}${fields.length ? `  ${fields.join(" ")}` : ""}\n`;
}

function createRoot(): pino.Logger {
  const pretty = (env.LOG_FORMAT ?? (process.stdout.isTTY ? "pretty" : "json")) === "pretty";
  // Written through process.stdout at each call (synchronous for files, pipes and terminals on Linux), so lines keep their order with exits.
  const destination = { write: (line: string) => void process.stdout.write(pretty ? prettyLine(line) : line) };
  return pino(
    {
      level: env.LOG_LEVEL,
      base: undefined,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

export type Logger = pino.Logger;

/** The logger of one part of the portal (`db`, `mail`, `jobs`, …): its lines carry `component`. */
export function logger(component: string): Logger {
  return (shared.root ??= createRoot()).child({ component });
}

/**
 * What may be logged of an error: its code and the first non-empty line of its message,
 * bounded; never the object. (Prisma's later lines quote the query's values.)
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const line = message.split("\n").find((l) => l.trim())?.trim() ?? "";
  const code = typeof (error as { code?: unknown } | null)?.code === "string" ? (error as { code: string }).code : undefined;
  return (code && !line.startsWith(code) ? `${code}: ${line}` : line).slice(0, 300);
}

/**
 * A failure's kind without any of its message: the error's class and code, or that the
 * database is unreachable. For failures while handling submitted personal data, whose
 * messages may quote the values (a constraint error, a value that did not convert).
 */
export function failureKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? `${error.name} ${code}` : error.name;
}
