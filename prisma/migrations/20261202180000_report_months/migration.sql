-- The programme report's rollups per Berlin month beside the ones per day (issue #21 item 6,
-- docs/decisions/0024-programme-report.md, "Speed"). A year's report over 100,000 inquiries
-- read some 38,000 day rows (the year and the year before, for the comparison); whole months
-- now come from one row per month and key, and only the days of a period's partial first and
-- last month from "ReportDay". Same facts, same slots, same transaction: report_apply writes
-- both tables, so a month always equals the sum of its days (tests/integration/report-rollups.test.ts).
CREATE TABLE "ReportMonth" (
    "month" DATE NOT NULL,
    "measure" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL DEFAULT 0,
    "slot" SMALLINT NOT NULL DEFAULT 0,
    "n" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReportMonth_pkey" PRIMARY KEY ("month","measure","key","bucket","slot")
);

-- Adds signed facts in this connection's slot to the day and to its month, rows upserted in
-- key order (no deadlocks: every writer takes the day rows first, then the month rows).
CREATE OR REPLACE FUNCTION report_apply(facts report_fact[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO "ReportDay" (day, measure, key, bucket, slot, n, amount)
    SELECT f.day, f.measure, f.key, f.bucket, dashboard_slot(), sum(f.n), sum(f.amount) FROM unnest(facts) f
    GROUP BY 1, 2, 3, 4 HAVING sum(f.n) <> 0 OR sum(f.amount) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, measure, key, bucket, slot) DO UPDATE
      SET n = "ReportDay".n + excluded.n, amount = "ReportDay".amount + excluded.amount;
    INSERT INTO "ReportMonth" (month, measure, key, bucket, slot, n, amount)
    SELECT date_trunc('month', f.day)::date, f.measure, f.key, f.bucket, dashboard_slot(), sum(f.n), sum(f.amount) FROM unnest(facts) f
    GROUP BY 1, 2, 3, 4 HAVING sum(f.n) <> 0 OR sum(f.amount) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (month, measure, key, bucket, slot) DO UPDATE
      SET n = "ReportMonth".n + excluded.n, amount = "ReportMonth".amount + excluded.amount;
  $$;
ALTER FUNCTION report_apply(report_fact[]) SET plan_cache_mode = force_generic_plan;

CREATE OR REPLACE FUNCTION report_truncated() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'Inquiry' THEN
      TRUNCATE "ReportDay", "ReportMonth";
    ELSE
      DELETE FROM "ReportDay" WHERE measure IN ('forwarded', 'accepted', 'returned', 'withdrawn', 'messaged');
      DELETE FROM "ReportMonth" WHERE measure IN ('forwarded', 'accepted', 'returned', 'withdrawn', 'messaged');
    END IF;
    RETURN NULL;
  END $$;

-- The report never shows the gateway's own forwards (it holds every inquiry before it forwards;
-- its row in the partner table would only repeat the intake): they are no longer counted,
-- which halves the forward rows. Otherwise as in 20261202140500_report_rollups.
CREATE OR REPLACE FUNCTION report_assignment_facts(a "Assignment", sign integer) RETURNS SETOF report_fact
  LANGUAGE sql STABLE
  AS $$
    WITH o AS (
      SELECT (a."assignedAt" AT TIME ZONE 'Europe/Berlin')::date AS day,
        CASE WHEN org.kind = 'TOKYO_PARTNER' THEN 'JP' ELSE 'NRW' END AS calendar,
        CASE WHEN org.kind = 'TOKYO_PARTNER' THEN 'Asia/Tokyo' ELSE 'Europe/Berlin' END AS zone
      FROM "Organisation" org WHERE org.id = a."organisationId" AND org.kind <> 'GATEWAY')
    SELECT day, 'forwarded', a."organisationId"::text, 0, sign, 0::bigint FROM o
    UNION ALL SELECT day, 'accepted', a."organisationId"::text,
        business_days_in(calendar, (a."assignedAt" AT TIME ZONE zone)::date, (a."respondedAt" AT TIME ZONE zone)::date), sign, 0
      FROM o WHERE a.state IN ('ACCEPTED', 'CLOSED') AND a."respondedAt" IS NOT NULL
    UNION ALL SELECT day, 'returned', a."organisationId"::text, 0, sign, 0 FROM o WHERE a.state = 'RETURNED'
    UNION ALL SELECT day, 'withdrawn', a."organisationId"::text, 0, sign, 0 FROM o WHERE a.state = 'WITHDRAWN'
    UNION ALL SELECT day, 'messaged', a."organisationId"::text,
        business_days_in(calendar, (a."assignedAt" AT TIME ZONE zone)::date, (a."firstMessageAt" AT TIME ZONE zone)::date), sign, 0
      FROM o WHERE a."firstMessageAt" IS NOT NULL
  $$;
DELETE FROM "ReportDay" WHERE measure IN ('forwarded', 'accepted', 'returned', 'withdrawn', 'messaged')
  AND key IN (SELECT id::text FROM "Organisation" WHERE kind = 'GATEWAY');

-- Backfill from the days.
INSERT INTO "ReportMonth" (month, measure, key, bucket, slot, n, amount)
SELECT date_trunc('month', day)::date, measure, key, bucket, 0, sum(n), sum(amount) FROM "ReportDay"
GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(amount) <> 0;
