// What every phase of a bench run gets: the mode's budget, the database server,
// folders, ports, and a register of servers to stop whatever happens.
import type { BenchPostgres } from "./database.ts";
import type { Server } from "./servers.ts";
import type { Row } from "./stats.ts";

export type Mode = "full" | "short";

export type Budget = {
  /** Seconds of load per page and ceiling, in this many alternating rounds (see loadInRounds). */
  loadSeconds: number;
  loadRounds: number;
  /** Seconds of submissions, and the drafts prepared for them (the run ends early when they are used up). */
  submitSeconds: number;
  drafts: number;
  /** The small and the large inbox. */
  inboxSizes: [number, number];
  /** Timed requests per inbox view and size, at most, and the seconds a view may take (at least five samples). */
  inboxSamples: number;
  inboxViewSeconds: number;
};

export const BUDGETS: Record<Mode, Budget> = {
  full: { loadSeconds: 15, loadRounds: 3, submitSeconds: 15, drafts: 12_000, inboxSizes: [1_000, 100_000], inboxSamples: 100, inboxViewSeconds: 30 },
  short: { loadSeconds: 6, loadRounds: 2, submitSeconds: 6, drafts: 3_000, inboxSizes: [1_000, 10_000], inboxSamples: 10, inboxViewSeconds: 8 },
};

export type Context = {
  mode: Mode;
  budget: Budget;
  postgres: BenchPostgres;
  /** The database with migrations and demo content that the public pages and submissions use. */
  demoDatabaseUrl: string;
  logDir: string;
  tmpDir: string;
  port: () => Promise<number>;
  /** Registers a server so that the run stops it even when a phase times out. */
  track: (server: Server) => Server;
};

export type PhaseResult = { rows: Row[]; data: Record<string, unknown> };
