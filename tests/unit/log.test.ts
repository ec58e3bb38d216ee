// Every server log line: one JSON object with level, time, component and msg, and
// the request's id on every line written while that request is answered (also after
// awaits), taken from the proxy's X-Request-Id by the request observer.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorText, failureKind, logger, prettyLine, withRequestId } from "@/lib/log";
import { installRequestObserver } from "@/lib/server/request-observer";

function captureStdout() {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return { spy, lines: () => written.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(() => vi.restoreAllMocks());

describe("the logger", () => {
  it("writes one JSON object per line with level, time, component and msg", () => {
    const out = captureStdout();
    logger("jobs").info({ job: "retention", anonymised: 3 }, "retention run finished");
    logger("mail").error("queue error");
    out.spy.mockRestore();
    const [first, second] = out.lines();
    expect(first).toEqual({ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), component: "jobs", job: "retention", anonymised: 3, msg: "retention run finished" });
    expect(second).toMatchObject({ level: "error", component: "mail", msg: "queue error" });
    expect(second).not.toHaveProperty("requestId");
  });

  it("adds the request id to every line written in the request's course, after awaits too", async () => {
    const out = captureStdout();
    await withRequestId("proxy-id-1", async () => {
      logger("db").warn("before");
      await new Promise((r) => setTimeout(r, 5));
      logger("db").warn("after");
    });
    logger("db").warn("outside");
    out.spy.mockRestore();
    expect(out.lines().map((l) => [l.msg, l.requestId])).toEqual([
      ["before", "proxy-id-1"],
      ["after", "proxy-id-1"],
      ["outside", undefined],
    ]);
  });

  it("keeps only an error's first message line, never the object", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432\n    at stack"), { client: { password: "secret" } });
    expect(errorText(error)).toBe("connect ECONNREFUSED 127.0.0.1:5432");
    expect(errorText("x".repeat(500))).toHaveLength(300);
    // Prisma's message starts with an empty line and quotes the query's values further down.
    const prisma = Object.assign(new Error("\nInvalid `prisma.inquiry.create()` invocation in\n/app/x.ts:3:1\n→ data: { contactEmail: \"hanako@example.jp\" }\nUnique constraint failed"), { code: "P2002" });
    expect(errorText(prisma)).toBe("P2002: Invalid `prisma.inquiry.create()` invocation in");
  });

  it("names a failure with submitted values by its kind only, never its message", () => {
    const prisma = Object.assign(new Error('invalid input syntax for type uuid: "hanako@example.jp"'), { code: "22P02" });
    expect(failureKind(prisma)).toBe("Error 22P02");
    expect(failureKind(new TypeError("Cannot read 山田 花子"))).toBe("TypeError");
    expect(failureKind(Object.assign(new Error("x"), { code: "hanako@example.jp is taken" }))).toBe("Error");
    expect(failureKind("山田 花子")).toBe("string");
  });

  it("prints lines for people in a terminal", () => {
    expect(prettyLine('{"level":"warn","time":"2026-12-02T10:11:12.345Z","component":"mail","mailId":"m1","msg":"mail not delivered"}\n')).toBe(
      "10:11:12 WARN  [mail] mail not delivered  mailId=m1\n",
    );
  });
});

describe("the request observer", () => {
  it("answers with the proxy's X-Request-Id and puts it on the request line and on lines the handler logs", async () => {
    installRequestObserver();
    const server = http.createServer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 5));
      logger("inquiry").error("submission failed");
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const out = captureStdout();
    try {
      const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/de/inquiry/check?email=x@example.org`, { headers: { "X-Request-Id": "nginx-4711" } });
      expect(answer.headers.get("x-request-id")).toBe("nginx-4711");
      await vi.waitFor(() => expect(out.lines().some((l) => l.msg === "request")).toBe(true));
    } finally {
      out.spy.mockRestore();
      await new Promise((r) => server.close(r));
    }
    const lines = out.lines();
    expect(lines.find((l) => l.component === "inquiry")).toMatchObject({ level: "error", requestId: "nginx-4711", msg: "submission failed" });
    expect(lines.find((l) => l.msg === "request")).toMatchObject({ component: "http", level: "info", requestId: "nginx-4711", method: "GET", group: "inquiry", path: "/de/inquiry/check", status: 200 });
    expect(JSON.stringify(lines)).not.toContain("example.org");
  });
});
