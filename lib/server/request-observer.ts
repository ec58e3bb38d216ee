import "server-only";
// Every request this server process answers: it keeps the proxy's X-Request-Id (or
// makes one), returns it to the client, answers it with that id attached to every log
// line written meanwhile (lib/log.ts), counts it for /metrics and logs one line for it.
// The line holds no personal data: no address, no query string, no user agent.
// Installed once from instrumentation.ts.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { env } from "../env.ts";
import { logger, withRequestId } from "../log.ts";
import { observeRequest, routeGroup } from "./metrics.ts";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The proxy's id when it is a plain token, else a new one. */
export function requestId(header: string | string[] | undefined): string {
  return typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
}

export function installRequestObserver(): void {
  const state = globalThis as unknown as { portalRequestObserver?: boolean };
  if (state.portalRequestObserver) return;
  state.portalRequestObserver = true;
  const emit = http.Server.prototype.emit;
  const log = logger("http");
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const started = performance.now();
      const id = requestId(request.headers["x-request-id"]);
      request.headers["x-request-id"] = id;
      response.setHeader("X-Request-Id", id);
      response.once("finish", () => {
        const path = (request.url ?? "/").split("?")[0]!;
        const group = routeGroup(path);
        const ms = performance.now() - started;
        observeRequest(group, response.statusCode, ms / 1000);
        if (group !== "assets") {
          log.info({ requestId: id, method: request.method, group, path: path.slice(0, 200), status: response.statusCode, ms: Math.round(ms * 10) / 10, port: env.PORT }, "request");
        }
      });
      return withRequestId(id, () => (emit as (event: string, ...rest: unknown[]) => boolean).call(this, event, ...args));
    }
    return (emit as (event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
