// autocannon runs with a hard stop, summarised to what the report needs.
import autocannon, { type Options, type Result } from "autocannon";
import { percentile } from "./stats.ts";

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
  return (await loadRecorded(options, limitMs, control)).result;
}

async function loadRecorded(options: Options, limitMs: number, control: { stop?: () => void } = {}): Promise<{ result: LoadResult; latencies: number[] }> {
  // 50 connections, as the issue asks; autocannon refuses more connections than requests.
  const connections = Math.min(50, options.amount ?? 50);
  const instance = autocannon({ connections, timeout: 20, ...options });
  const latencies: number[] = [];
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  control.stop = () => instance.stop();
  running.add(instance);
  const timer = setTimeout(() => instance.stop(), limitMs);
  try {
    return { result: summarizeLoad(await instance), latencies };
  } finally {
    clearTimeout(timer);
    running.delete(instance);
  }
}

/** Rounds of one target as one result: requests/s weighted by each round's seconds, percentiles over every response. */
export function mergeRounds(rounds: readonly { result: LoadResult; latencies: readonly number[] }[]): LoadResult {
  const seconds = rounds.reduce((sum, r) => sum + r.result.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const { result } of rounds) for (const [code, n] of Object.entries(result.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + n;
  const latencies = rounds.flatMap((r) => r.latencies);
  return {
    rps: seconds > 0 ? rounds.reduce((sum, r) => sum + r.result.rps * r.result.seconds, 0) / seconds : 0,
    p50: latencies.length ? percentile(latencies, 50) : 0,
    p99: latencies.length ? percentile(latencies, 99) : 0,
    requests: rounds.reduce((sum, r) => sum + r.result.requests, 0),
    errors: rounds.reduce((sum, r) => sum + r.result.errors, 0),
    statusCodes,
    seconds,
  };
}

/**
 * Loads several targets in alternating rounds (A B C, A B C, …) and merges each
 * target's rounds. On a shared machine speed drifts over a minute; run one after
 * the other, whichever target ran in a slow stretch looked worse. Alternating, the
 * drift falls on every target alike, so their ratio is steadier from run to run.
 */
export async function loadInRounds(targets: readonly Options[], rounds: number, secondsPerRound: number): Promise<LoadResult[]> {
  const recorded: { result: LoadResult; latencies: number[] }[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) recorded[i]!.push(await loadRecorded({ ...target, duration: secondsPerRound }, (secondsPerRound + 30) * 1000));
  }
  return recorded.map(mergeRounds);
}
