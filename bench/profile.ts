// CPU profiles of the servers under load, for explaining a missed target
// (issue #23: "what the remaining cost is, with a profile"). Off by default:
// `BENCH_CPU_PROFILE=<dir> npm run bench -- --only=submit` starts the portal and
// the bare app with the V8 inspector on a loopback port, records a profile around
// each measured load window only (not start-up, not the warm-up), writes
// `<dir>/<name>.cpuprofile` (open it in Chromium's DevTools, Performance tab) and
// prints where the busy time went. A profiled run is slower: quote no figure of it.
import fs from "node:fs";
import path from "node:path";
import type { Server } from "./servers.ts";

export const profileDir = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : undefined;

/** Node's arguments that open the inspector on `port` (loopback only), or none when not profiling. */
export const inspectArgs = (port: number | undefined): string[] => (port ? [`--inspect=127.0.0.1:${port}`] : []);

type CdpMessage = { id?: number; result?: unknown; error?: { message: string } };

async function connect(port: number): Promise<{ send: (method: string, params?: object) => Promise<unknown>; close: () => void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", () => reject(new Error(`inspector on port ${port}: no connection`)), { once: true });
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as CdpMessage;
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  let next = 0;
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Where a frame's code comes from: a package, the app's own bundle, Node itself, or V8's states (idle, GC). */
function origin(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : `native ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return url.includes("/next/dist/compiled/") ? `next (compiled ${/compiled\/([^/]+)/.exec(url)?.[1]})` : pkg[1]!;
  if (url.includes("/.next/")) return "app bundle (.next)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/").slice(0, 2).join("/")}`;
  return url;
}

/** Busy milliseconds per origin and per function, largest first (idle excluded). */
export function summarise(profile: CpuProfile, top = 12): string {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === "(idle)") return;
    const us = profile.timeDeltas[i] ?? 0;
    busy += us;
    const from = origin(frame);
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + us);
    const fn = `${frame.functionName || "(anonymous)"} [${from}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`)
      .join("\n");
  return `busy ${(busy / 1000).toFixed(0)} ms\n by origin:\n${list(byOrigin)}\n by function (self time):\n${list(byFunction)}`;
}

/** Runs `work` and, when the server was started with an inspector, records a CPU profile around it. */
export async function profiled<T>(server: Server, name: string, work: () => Promise<T>): Promise<T> {
  if (!profileDir || !server.inspectPort) return work();
  const inspector = await connect(server.inspectPort);
  try {
    await inspector.send("Profiler.enable");
    await inspector.send("Profiler.setSamplingInterval", { interval: 200 });
    await inspector.send("Profiler.start");
    const result = await work();
    const { profile } = (await inspector.send("Profiler.stop")) as { profile: CpuProfile };
    fs.mkdirSync(profileDir, { recursive: true });
    const file = path.join(profileDir, `${name}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(`[bench] CPU profile ${file}\n${summarise(profile)}`);
    return result;
  } finally {
    inspector.close();
  }
}
