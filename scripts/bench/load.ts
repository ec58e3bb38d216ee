// autocannon runs with a hard stop, summarised to what the report needs.
import autocannon, { type Options, type Result } from "autocannon";

export type LoadResult = { rps: number; p50: number; p99: number; requests: number; errors: number; statusCodes: Record<string, number>; seconds: number };

export function summarizeLoad(result: Result): LoadResult {
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]));
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests, errors: result.errors + result.timeouts, statusCodes, seconds: result.duration };
}

const running = new Set<{ stop: () => void }>();

/** Stops every run still going, e.g. of a phase that ran over its time limit. */
export function stopAllLoads(): void {
  for (const instance of running) instance.stop();
}

/** Runs autocannon and stops it after `limitMs` whatever it was asked to do; `control.stop` ends it early. */
export async function load(options: Options, limitMs: number, control: { stop?: () => void } = {}): Promise<LoadResult> {
  // 50 connections, as the issue asks; autocannon refuses more connections than requests.
  const connections = Math.min(50, options.amount ?? 50);
  const instance = autocannon({ connections, timeout: 20, ...options });
  control.stop = () => instance.stop();
  running.add(instance);
  const timer = setTimeout(() => instance.stop(), limitMs);
  try {
    return summarizeLoad(await instance);
  } finally {
    clearTimeout(timer);
    running.delete(instance);
  }
}
