// Figure 2: the complete submit path. One journey is filled through the real
// step pages as a browser without JavaScript posts them; its draft row is then
// cloned once per submission (new id, new idempotency key, started an hour ago),
// which is the state the steps leave behind. Every measured request is the check
// page's final form sent with the draft cookie, exactly as that browser sends it:
// to the form's own action (app/api/inquiries), in the form's own encoding.
import fs from "node:fs";
import path from "node:path";
import { HONEYPOT_FIELD } from "../lib/inquiries/form-state.ts";
import type { Context, PhaseResult } from "./context.ts";
import { query } from "./database.ts";
import { formTarget, hiddenFields } from "./html.ts";
import { cookieHeader, cookiesFrom, encodeForm, getText, multipart, request } from "./http.ts";
import type { RawRequest } from "autocannon";
import { load, type LoadResult } from "./load.ts";
import { profiled, profileDir } from "./profile.ts";
import { startBareNext, startPortal, type Server } from "./servers.ts";
import { atLeast, fmt, fmtMs, fmtRatio, ratio } from "./stats.ts";

const DRAFT_COOKIE = "inquiry_draft";

/** What a person types into each step (a Japanese applicant; multi-value fields repeat). */
const STEP_INPUT: [string, [string, string][]][] = [
  ["/de/inquiry", [["direction", "TOKYO_TO_NRW"]]],
  [
    "/de/inquiry/company",
    [
      ["companyName", "株式会社サクラロボティクス"],
      ["companyNameLatin", "Sakura Robotics K.K."],
      ["website", "https://sakura-robotics.example.jp"],
      ["hqCity", "東京都港区"],
      ["hqCountry", "JP"],
      ["sizeBand", "10-49"],
      ["foundedYear", "2017"],
      ["isStartup", "yes"],
      ["sectors", "digital"],
      ["sectors", "machinery"],
    ],
  ],
  [
    "/de/inquiry/plans",
    [
      ["supportNeeds", "location-search"],
      ["supportNeeds", "formation-legal"],
      ["timeline", "6-12"],
      ["plannedInvestment", "250k-1m"],
      ["plannedJobs", "5"],
      ["preferredMunicipalities", "duesseldorf"],
      ["preferredMunicipalities", "krefeld"],
      ["description", "当社は、食品工場の包装ラインで人と並んで作業できる協働ロボットを開発しています。\nNRW州に販売・サービス拠点を設けたいと考えています。"],
    ],
  ],
  [
    "/de/inquiry/contact",
    [
      ["contactName", "山田 花子"],
      ["contactRole", "海外事業部 部長"],
      ["contactEmail", "hanako.yamada@example.jp"],
      ["contactPhone", "+81 3 6812 4410"],
      ["replyLocale", "ja"],
      ["privacyConsent", "yes"],
    ],
  ],
];

/** Posts a page's form the way a browser without JavaScript does; returns the redirect target. */
async function postForm(origin: string, pagePath: string, jar: Map<string, string>, typed: [string, string][], select?: (form: string) => boolean): Promise<string> {
  const page = await getText(origin + pagePath, { cookie: cookieHeader(jar) });
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}`);
  const form = await multipart([...hiddenFields(page.text, select), [HONEYPOT_FIELD, ""], ...typed]);
  const res = await request(origin + pagePath, { method: "POST", body: form.body, headers: { "content-type": form.contentType, cookie: cookieHeader(jar), accept: "text/html", origin } });
  for (const [k, v] of cookiesFrom(res.headers)) jar.set(k, v);
  const location = res.headers.location;
  if (res.status < 300 || res.status >= 400 || !location) throw new Error(`POST ${pagePath} answered ${res.status} without a redirect`);
  return location;
}

const isStepForm = (form: string) => form.includes('name="step"');
const isSubmitForm = (form: string) => form.includes('name="idempotencyKey"');

export type Journey = { draftId: string; fields: [string, string][]; target: { action: string; method: string; enctype: string } };

/** One journey through the real step pages; returns the draft id and the check page's form: its fields and where it goes. */
export async function fillOneJourney(origin: string): Promise<Journey> {
  const jar = new Map<string, string>();
  for (const [pagePath, typed] of STEP_INPUT) {
    const next = await postForm(origin, pagePath, jar, typed, isStepForm);
    if (next.includes("/inquiry/") === false) throw new Error(`step ${pagePath} sent the browser to ${next}`);
  }
  const draftId = jar.get(DRAFT_COOKIE);
  if (!draftId) throw new Error("the journey set no draft cookie");
  const check = await getText(`${origin}/de/inquiry/check`, { cookie: cookieHeader(jar) });
  if (check.status !== 200) throw new Error(`the check page answered ${check.status}: the journey is incomplete`);
  const target = formTarget(check.text, `${origin}/de/inquiry/check`, isSubmitForm);
  if (target.method !== "POST" || new URL(target.action).origin !== origin) throw new Error(`the check page's form goes to ${target.method} ${target.action}`);
  return { draftId, fields: [...hiddenFields(check.text, isSubmitForm), [HONEYPOT_FIELD, ""]], target };
}

export type Prepared = { cookie: string; body: Buffer; contentType: string; key: string };

async function cloneDrafts(databaseUrl: string, draftId: string, count: number): Promise<{ id: string; key: string }[]> {
  return query<{ id: string; key: string }>(
    databaseUrl,
    `INSERT INTO "InquiryDraft" (id, data, "startedAt", "updatedAt", "expiresAt")
     SELECT g.new_id, jsonb_set(d.data, '{idempotencyKey}', to_jsonb(g.new_key)), now() - interval '1 hour', now(), now() + interval '1 day'
     FROM "InquiryDraft" d, LATERAL (SELECT gen_random_uuid() AS new_id, gen_random_uuid()::text AS new_key FROM generate_series(1, $2::int)) g
     WHERE d.id = $1::uuid
     RETURNING id::text, data->>'idempotencyKey' AS key`,
    [draftId, count],
  );
}

export async function prepare(databaseUrl: string, journey: Journey, count: number): Promise<Prepared[]> {
  const drafts = await cloneDrafts(databaseUrl, journey.draftId, count);
  if (drafts.length !== count) throw new Error(`prepared ${drafts.length} drafts instead of ${count}`);
  return Promise.all(
    drafts.map(async ({ id, key }) => {
      const form = await encodeForm(journey.fields.map(([k, v]) => [k, k === "idempotencyKey" ? key : v] as [string, string]), journey.target.enctype);
      return { cookie: `${DRAFT_COOKIE}=${id}`, body: form.body, contentType: form.contentType, key };
    }),
  );
}

export type SubmitRun = LoadResult & { sent: string[]; confirmed: string[]; refused: string[]; unexpected: Record<string, number>; activeSeconds: number };

/**
 * Posts prepared submissions, each once, on 50 connections for `seconds` (or
 * until they are used up). A connection carries one request at a time, so its
 * context says which submission a response answers; requests still in flight
 * when the run stops are neither confirmed nor refused.
 */
export async function submitAll(origin: string, action: string, prepared: Prepared[], seconds: number): Promise<SubmitRun> {
  const queue = [...prepared];
  const sent: string[] = [];
  const confirmed: string[] = [];
  const refused: string[] = [];
  const unexpected: Record<string, number> = {};
  const control: { stop?: () => void } = {};
  // From the first submission sent to the last answer: the rate does not count the tail of a run whose drafts ran out.
  let firstSent = 0;
  let lastAnswer = 0;
  const result = await load(
    {
      url: action,
      duration: seconds,
      requests: [
        {
          method: "POST",
          setupRequest: (req, context): RawRequest => {
            const next = queue.shift();
            if (queue.length === 0) setImmediate(() => control.stop?.());
            if (!next) {
              // Used up: until the stop takes effect, connections ask something harmless that is not counted.
              context.key = undefined;
              return { method: "GET", path: "/api/health", headers: {} satisfies Record<string, string> };
            }
            context.key = next.key;
            firstSent ||= performance.now();
            sent.push(next.key);
            return { ...req, body: next.body, headers: { "content-type": next.contentType, cookie: next.cookie, origin, accept: "text/html", "accept-encoding": "gzip" } };
          },
          onResponse: (status, _body, context, headers) => {
            if (context.key === undefined) return;
            lastAnswer = performance.now();
            const location = String(Object.entries(headers).find(([name]) => name.toLowerCase() === "location")?.[1] ?? "");
            if (status === 303 && location.endsWith("/de/inquiry/confirmation")) confirmed.push(String(context.key));
            else {
              refused.push(String(context.key));
              unexpected[String(status)] = (unexpected[String(status)] ?? 0) + 1;
            }
          },
        },
      ],
    },
    (seconds + 60) * 1000,
    control,
  );
  return { ...result, sent, confirmed, refused, unexpected, activeSeconds: firstSent && lastAnswer > firstSent ? (lastAnswer - firstSent) / 1000 : result.seconds };
}

/** Waits until requests cut off when a run stopped have finished on the server: the table's row count holds still. */
export async function settled(databaseUrl: string, table = `"Inquiry"`): Promise<void> {
  const count = async () => (await query<{ n: string }>(databaseUrl, `SELECT count(*)::text AS n FROM ${table}`))[0]!.n;
  const deadline = Date.now() + 60_000;
  let last = await count();
  let still = 0;
  while (still < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await count();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

const ANSWER_COLUMNS = [
  "direction", "replyLocale", "companyName", "companyNameLatin", "website", "hqCity", "hqCountry", "sizeBand", "foundedYear", "isStartup",
  "sectors", "supportNeeds", "timeline", "plannedInvestment", "plannedJobs", "description", "contactName", "contactRole", "contactEmail", "contactPhone",
] as const;

/**
 * What the bare same-writes handler needs besides the statements: the values of an
 * inquiry the portal stored (its answers as stored, gateway, preferences, the mails'
 * text), as lib/inquiries/submission-statements.ts takes them.
 */
async function submissionValues(databaseUrl: string, key: string): Promise<Record<string, unknown>> {
  const [row] = await query<Record<string, unknown>>(
    databaseUrl,
    `SELECT jsonb_build_object(${ANSWER_COLUMNS.map((c) => `'${c}', i."${c}"`).join(", ")}) AS answers,
            i."locale", i."privacyNoticeVersion",
            (SELECT a."organisationId"::text FROM "Assignment" a WHERE a."inquiryId" = i."id") AS "gatewayId",
            ARRAY(SELECT p."organisationId"::text FROM "InquiryPreference" p WHERE p."inquiryId" = i."id" ORDER BY p."organisationId") AS "preferredIds",
            (SELECT jsonb_agg(jsonb_build_object('kind', m."kind", 'toAddress', m."toAddress", 'locale', m."locale", 'subject', m."subject", 'text', m."text", 'replyTo', m."replyTo") ORDER BY m."kind" DESC)
               FROM "OutboundMail" m WHERE m."inquiryId" = i."id") AS "mails",
            (SELECT min(m."status"::text) FROM "OutboundMail" m WHERE m."inquiryId" = i."id") AS "mailStatus"
     FROM "Inquiry" i WHERE i."idempotencyKey" = $1`,
    [key],
  );
  if (!row) throw new Error("the portal's inquiry to copy the values from is not stored");
  return row;
}

/**
 * What one submission wrote, without what differs by nature (ids, reference, key,
 * times): the inquiry's columns, its preferences, assignment, events, mails (kinds,
 * addresses, lengths) and the draft it marked. Equal for the portal and the bare
 * handler, or figure 2's ceiling does not do the same work.
 */
async function writtenRows(databaseUrl: string, key: string): Promise<string> {
  const [row] = await query<{ shape: unknown }>(
    databaseUrl,
    `SELECT jsonb_build_object(
       'inquiry', to_jsonb(i) - '{id,reference,referenceSeq,idempotencyKey,consentedAt,submittedAt,updatedAt}'::text[],
       'preferences', ARRAY(SELECT p."organisationId"::text FROM "InquiryPreference" p WHERE p."inquiryId" = i."id" ORDER BY 1),
       'assignments', ARRAY(SELECT a."organisationId"::text || ' ' || a."state" FROM "Assignment" a WHERE a."inquiryId" = i."id" ORDER BY 1),
       'events', ARRAY(SELECT e."type"::text || ' ' || coalesce(e."targetOrganisationId"::text, '-') || ' ' || e."data"::text FROM "InquiryEvent" e WHERE e."inquiryId" = i."id" ORDER BY e."id"),
       'mails', ARRAY(SELECT concat_ws(' ', m."kind", m."toAddress", m."locale", m."status", m."replyTo", length(m."subject"), length(m."text")) FROM "OutboundMail" m WHERE m."inquiryId" = i."id" ORDER BY 1),
       'drafts', (SELECT count(*) FROM "InquiryDraft" d WHERE d."submittedInquiryId" = i."id" AND d."data" ? 'confirmation')
     ) AS shape
     FROM "Inquiry" i WHERE i."idempotencyKey" = $1`,
    [key],
  );
  return JSON.stringify(row?.shape ?? null);
}

/** Submissions to `action` with drafts of their own: a 2-s warm-up that is not counted, then the measured run. */
async function measuredRun(db: string, side: "portal" | "bare", server: Server, action: string, journey: Journey, seconds: number, drafts: number): Promise<{ run: SubmitRun; warmupKeys: string[]; before: number }> {
  const { origin } = server;
  const warmup = await prepare(db, journey, 50);
  await submitAll(origin, action, warmup, 2);
  await settled(db);
  // Warm-up submissions still queued on a slow server may land later: they are left out of every count.
  const warmupKeys = warmup.map((p) => p.key);
  const [{ n }] = (await query<{ n: string }>(db, COUNT_OTHERS, [warmupKeys])) as [{ n: string }];
  const prepared = await prepare(db, journey, drafts);
  const run = await profiled(server, `submissions-${side}`, () => submitAll(origin, action, prepared, seconds));
  await settled(db);
  return { run, warmupKeys, before: Number(n) };
}

const COUNT_OTHERS = `SELECT count(*)::text AS n FROM "Inquiry" WHERE "idempotencyKey" IS NULL OR NOT ("idempotencyKey" = ANY($1::text[]))`;

/** Confirmed against stored: lost, duplicated, stored although refused. */
async function tally(db: string, { run, warmupKeys, before }: { run: SubmitRun; warmupKeys: string[]; before: number }) {
  const [stored] = await query<{ total: string; rows: string; keys: string; confirmed: string; refused: string }>(
    db,
    `SELECT (SELECT count(*) FROM "Inquiry" WHERE "idempotencyKey" IS NULL OR NOT ("idempotencyKey" = ANY($4::text[])))::text AS total,
            count(*)::text AS rows, count(DISTINCT "idempotencyKey")::text AS keys,
            count(*) FILTER (WHERE "idempotencyKey" = ANY($2::text[]))::text AS confirmed,
            count(*) FILTER (WHERE "idempotencyKey" = ANY($3::text[]))::text AS refused
     FROM "Inquiry" WHERE "idempotencyKey" = ANY($1::text[])`,
    [run.sent, run.confirmed, run.refused, warmupKeys],
  );
  const newRows = Number(stored!.total) - before;
  return {
    stored: { ...stored!, newRows },
    /** Confirmed to the browser but not stored. */
    lost: run.confirmed.length - Number(stored!.confirmed),
    /** More rows than submissions sent. */
    duplicated: Number(stored!.rows) - Number(stored!.keys) + (newRows - Number(stored!.rows)),
    /** Stored although the browser saw an error page: the applicant would send it again. */
    storedRefused: Number(stored!.refused),
    rate: run.confirmed.length / run.activeSeconds,
  };
}

export async function submissions(ctx: Context): Promise<PhaseResult> {
  const { submitSeconds: seconds, drafts } = ctx.budget;
  const db = ctx.demoDatabaseUrl;
  const portal = ctx.track(await startPortal({ port: await ctx.port(), databaseUrl: db, logDir: ctx.logDir, name: "portal-submit", inspectPort: profileDir ? await ctx.port() : undefined }));
  let bare: Server | undefined;
  try {
    const journey = await fillOneJourney(portal.origin);
    const portalRun = await measuredRun(db, "portal", portal, journey.target.action, journey, seconds, drafts);
    const run = portalRun.run;
    const portalTally = await tally(db, portalRun);
    await portal.stop();

    // The same writes without the framework: the bare handler, with the values of an inquiry the portal just stored.
    const sample = run.confirmed[0] ?? portalRun.warmupKeys[0]!;
    const submissionFile = path.join(ctx.tmpDir, "submission-values.json");
    fs.writeFileSync(submissionFile, JSON.stringify(await submissionValues(db, sample)));
    bare = ctx.track(await startBareNext({ port: await ctx.port(), databaseUrl: db, logDir: ctx.logDir, submissionFile, inspectPort: profileDir ? await ctx.port() : undefined }));
    const bareAction = `${bare.origin}/api/submit`;
    const sameRun = await measuredRun(db, "bare", bare, bareAction, journey, seconds, drafts);
    const same = sameRun.run;
    const sameTally = await tally(db, sameRun);
    const sameRows = same.confirmed[0] ? (await writtenRows(db, same.confirmed[0])) === (await writtenRows(db, sample)) : false;

    // The database's own ceiling: one plain INSERT per request.
    await query(db, `CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    await load({ url: `${bare.origin}/api/insert`, method: "POST", duration: 2, body: "warm-up" }, 60_000);
    await settled(db, "bench_insert");
    await query(db, "TRUNCATE bench_insert");
    const bareRun = await load({ url: `${bare.origin}/api/insert`, method: "POST", duration: seconds, body: "bench", headers: { "content-type": "text/plain" } }, (seconds + 60) * 1000);
    await settled(db, "bench_insert");
    const [{ inserted }] = (await query<{ inserted: string }>(db, "SELECT count(*)::text AS inserted FROM bench_insert")) as [{ inserted: string }];
    const bareOk = bareRun.statusCodes["201"] ?? 0;
    const bareRate = bareOk / bareRun.seconds;
    await query(db, "DROP TABLE bench_insert");

    const r = ratio(portalTally.rate, sameTally.rate);
    const answered = run.confirmed.length + run.refused.length;
    // The bare handler's in-flight inserts at the stop may land without an answer: at most one per connection.
    const bareConsistent = Number(inserted) >= bareOk && Number(inserted) <= bareOk + 50;
    const sameCorrect = sameTally.lost === 0 && sameTally.duplicated === 0 && same.refused.length === 0 && same.errors === 0 && same.confirmed.length > 0;
    const { lost, duplicated, storedRefused } = portalTally;
    const correct = lost === 0 && duplicated === 0 && storedRefused === 0 && run.refused.length === 0 && run.errors === 0 && run.confirmed.length > 0 && bareConsistent && sameCorrect && sameRows;
    const problems = [
      `${lost} lost, ${duplicated} duplicated`,
      storedRefused !== 0 && `${storedRefused} stored but answered with an error`,
      run.refused.length !== 0 && `${run.refused.length} of ${answered} not confirmed (HTTP ${Object.entries(run.unexpected).map(([code, n]) => `${code}: ${n}`).join(", ")}; see the server log)`,
      run.errors !== 0 && `${run.errors} connection errors or timeouts`,
      run.confirmed.length === 0 && "nothing confirmed",
      !bareConsistent && `bare: ${inserted} rows for ${bareOk} responses`,
      !sameCorrect && `same-writes handler: ${sameTally.lost} lost, ${sameTally.duplicated} duplicated, ${same.refused.length} refused (HTTP ${Object.entries(same.unexpected).map(([code, n]) => `${code}: ${n}`).join(", ")}), ${same.errors} errors`,
      !sameRows && "the same-writes handler wrote other rows than a submission",
    ].filter(Boolean);
    return {
      rows: [
        {
          figure: `2. submissions through the check page's form (${seconds} s, 50 connections)`,
          value: `${fmt(portalTally.rate, 1)} inquiries/s, p99 ${fmtMs(run.p99)}`,
          ceiling: `${fmt(sameTally.rate, 1)} inquiries/s, p99 ${fmtMs(same.p99)} bare handler, same writes`,
          ratio: fmtRatio(r),
          target: "≥ 0.70x",
          verdict: correct ? atLeast(r, 0.7) : "FAIL",
          note: correct
            ? `${fmt(run.confirmed.length)} confirmed = ${fmt(Number(portalTally.stored.confirmed))} stored: 0 lost, 0 duplicated; same rows as the bare handler's; database's own ceiling, one INSERT: ${fmt(bareRate, 1)}/s, p99 ${fmtMs(bareRun.p99)} (${fmtRatio(ratio(portalTally.rate, bareRate))})`
            : problems.join("; "),
        },
      ],
      data: {
        seconds,
        portal: { ...run, sent: run.sent.length, confirmed: run.confirmed.length, refused: run.refused.length, rate: portalTally.rate },
        stored: portalTally.stored,
        lost,
        duplicated,
        storedRefused,
        sameWrites: { ...same, sent: same.sent.length, confirmed: same.confirmed.length, refused: same.refused.length, rate: sameTally.rate, stored: sameTally.stored, lost: sameTally.lost, duplicated: sameTally.duplicated, sameRows },
        bare: { ...bareRun, rate: bareRate, inserted: Number(inserted) },
        ratio: r,
        insertRatio: ratio(portalTally.rate, bareRate),
        rateLimitPerHour: 10000,
      },
    };
  } finally {
    await Promise.all([portal.stop(), bare?.stop()]);
  }
}
