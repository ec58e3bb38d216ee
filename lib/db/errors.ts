// Telling "the database is not there" apart from every other failure, so that
// users get "try again in a moment" instead of a generic error.

/** Prisma: cannot reach, timed out, server closed the connection, pool exhausted. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** Prisma driver adapters' error kinds for the same situations. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** node-postgres and the OS: refused/reset sockets; SQLSTATE classes 08 (connection) and 57P (shutdown). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"]);
const SQLSTATE = /^(08\d{3}|57P0[1-3])$/;
const MESSAGES = /Connection terminated|terminating connection|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function matches(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  return (
    PRISMA_CODES.has(code) ||
    SOCKET_CODES.has(code) ||
    SQLSTATE.test(code) ||
    (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) ||
    (typeof error.message === "string" && MESSAGES.test(error.message))
  );
}

/** True when the error (or anything it wraps) says the database is unreachable or restarting. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    if (matches(e)) return true;
    queue.push(e.cause);
    if (e.meta && typeof e.meta === "object") queue.push((e.meta as { driverAdapterError?: unknown }).driverAdapterError);
    if (current instanceof AggregateError) queue.push(...current.errors);
  }
  return false;
}

/** Prisma's "unique constraint failed" (P2002): another transaction wrote the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as ErrorLike).code === "P2002";
}
