// Figure 2's ceiling: the statements of a submission, with the same values into the
// same tables (same indexes, same triggers), and no framework work around them. The
// statements are the portal's own (lib/inquiries/submission-statements.ts,
// lib/security/rate-limit-store.ts), so this cannot drift from what a submission
// writes; the bench also compares the rows both wrote. In a submission's order: the
// draft, the rate limit, the reference number, the one statement that stores the
// inquiry with its preferences, assignment, events, outbox mails and the draft's
// confirmation. What a submission computes rather than writes (validation, the mails'
// text) comes ready from the bench: the values of an inquiry the portal stored in the
// same run (BENCH_SUBMISSION_FILE).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { FIND_DRAFT, TAKE_REFERENCE, storeInquiryStatement } from "../../../../../lib/inquiries/submission-statements.ts";
import { RATE_LIMIT_POOL_SETTINGS, rateLimiterOptions } from "../../../../../lib/security/rate-limit-store.ts";

export const dynamic = "force-dynamic";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const limiter = new RateLimiterPostgres(rateLimiterOptions(new pg.Pool({ connectionString: process.env.DATABASE_URL, ...RATE_LIMIT_POOL_SETTINGS }), "inquiry-submit", 1_000_000));

let template;

export async function POST(request) {
  template ??= JSON.parse(fs.readFileSync(process.env.BENCH_SUBMISSION_FILE, "utf8"));
  const draftId = /(?:^|;\s*)inquiry_draft=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const { rows: [draft] } = await pool.query({ ...FIND_DRAFT, values: [draftId] });
  if (!draft) return new Response(null, { status: 404 });
  await limiter.consume("127.0.0.1");
  const now = new Date();
  const year = now.getUTCFullYear();
  const { rows: [counter] } = await pool.query({ ...TAKE_REFERENCE, values: [year] });
  const ref = { reference: `NT-${year}-${String(counter.last).padStart(5, "0")}`, referenceYear: year, referenceSeq: counter.last };
  const statement = storeInquiryStatement({ ...template, inquiryId: randomUUID(), ref, idempotencyKey: draft.data.idempotencyKey, at: now.toISOString(), draftId });
  const { rows } = await pool.query(statement);
  if (rows.length !== 1) return new Response(null, { status: 409 });
  return new Response(null, { status: 303, headers: { Location: "/de/inquiry/confirmation", "Cache-Control": "no-store" } });
}
