-- Dashboard rollups in slots (docs/decisions/0009-dashboard-aggregates.md, "Slots"):
-- every submission of a day added 1 to the same DashboardDay, DashboardSectorDay and
-- DashboardOrganisationDay (gateway) rows, so concurrent submissions waited for each
-- other's commit on those rows, the WAL flush included; the bench measured submissions
-- queueing there (14 ms per statement at 50 connections). Each rollup key now has up
-- to 16 rows, one per slot; a transaction writes to the slot of its connection
-- (its backend's process id modulo 16), so connections of a pool no longer share a
-- row. A figure is the sum over the slots, which is what every reader computes
-- already (they sum rows over days). A slot's row may be negative (an inquiry
-- counted in one slot and moved on in another); only sums are meaningful.

ALTER TABLE "DashboardDay" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "DashboardDay" DROP CONSTRAINT "DashboardDay_pkey", ADD CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("day", "status", "direction", "slot");

ALTER TABLE "DashboardSectorDay" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "DashboardSectorDay" DROP CONSTRAINT "DashboardSectorDay_pkey", ADD CONSTRAINT "DashboardSectorDay_pkey" PRIMARY KEY ("day", "sector", "slot");

ALTER TABLE "DashboardOrganisationDay" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "DashboardOrganisationDay" DROP CONSTRAINT "DashboardOrganisationDay_pkey", ADD CONSTRAINT "DashboardOrganisationDay_pkey" PRIMARY KEY ("day", "organisationId", "slot");

ALTER TABLE "DashboardResponseDay" ADD COLUMN "slot" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "DashboardResponseDay" DROP CONSTRAINT "DashboardResponseDay_pkey", ADD CONSTRAINT "DashboardResponseDay_pkey" PRIMARY KEY ("day", "businessDays", "responseMs", "slot");

-- The slot this connection writes to. Process ids of a pool's connections are mostly
-- consecutive, so its connections land in different slots.
CREATE FUNCTION dashboard_slot() RETURNS smallint
  LANGUAGE sql STABLE
  AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;

-- As before, in this connection's slot. Rows are still upserted in key order.
CREATE OR REPLACE FUNCTION dashboard_apply(facts dashboard_fact[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO "DashboardDay" (day, status, direction, slot, n)
    SELECT f.day, f.status, f.direction, dashboard_slot(), sum(f.sign) FROM unnest(facts) f
    GROUP BY 1, 2, 3 HAVING sum(f.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, status, direction, slot) DO UPDATE SET n = "DashboardDay".n + excluded.n;

    INSERT INTO "DashboardSectorDay" (day, sector, slot, n)
    SELECT f.day, s.sector, dashboard_slot(), sum(f.sign) FROM unnest(facts) f CROSS JOIN LATERAL unnest(f.sectors) AS s(sector)
    GROUP BY 1, 2 HAVING sum(f.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (day, sector, slot) DO UPDATE SET n = "DashboardSectorDay".n + excluded.n;

    INSERT INTO "DashboardResponseDay" (day, "businessDays", "responseMs", slot, n)
    SELECT f.day, f.business_days, f.response_ms, dashboard_slot(), sum(f.sign) FROM unnest(facts) f WHERE f.response_ms IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(f.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, "businessDays", "responseMs", slot) DO UPDATE SET n = "DashboardResponseDay".n + excluded.n;
  $$;

CREATE OR REPLACE FUNCTION dashboard_move_links(inquiry uuid, from_day date, to_day date) RETURNS void
  LANGUAGE sql
  AS $$
    WITH links AS (
      SELECT org, sum(fw)::integer AS fw, sum(pr)::integer AS pr FROM (
        SELECT DISTINCT a."organisationId" AS org, 1 AS fw, 0 AS pr FROM "Assignment" a WHERE a."inquiryId" = inquiry
        UNION ALL
        SELECT p."organisationId", 0, 1 FROM "InquiryPreference" p WHERE p."inquiryId" = inquiry) l
      GROUP BY org),
    moves AS (
      SELECT from_day AS day, org, -fw AS fw, -pr AS pr FROM links WHERE from_day IS NOT NULL
      UNION ALL
      SELECT to_day, org, fw, pr FROM links WHERE to_day IS NOT NULL)
    INSERT INTO "DashboardOrganisationDay" (day, "organisationId", slot, forwarded, preferred)
    SELECT day, org, dashboard_slot(), sum(fw), sum(pr) FROM moves GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, "organisationId", slot) DO UPDATE
      SET forwarded = "DashboardOrganisationDay".forwarded + excluded.forwarded,
          preferred = "DashboardOrganisationDay".preferred + excluded.preferred;
  $$;

CREATE OR REPLACE FUNCTION dashboard_apply_links(kind text, links dashboard_link[]) RETURNS void
  LANGUAGE sql
  AS $$
    WITH pairs AS (
      SELECT inquiry_id, organisation_id, sum(added) AS added, sum(removed) AS removed, sum(now_n) AS now_n FROM (
        SELECT l.inquiry_id, l.organisation_id, l.added, l.removed, 0 AS now_n FROM unnest(links) l
        UNION ALL
        SELECT a."inquiryId", a."organisationId", 0, 0, 1 FROM "Assignment" a
        WHERE kind = 'forwarded' AND a."inquiryId" = ANY (ARRAY(SELECT DISTINCT l.inquiry_id FROM unnest(links) l))
        UNION ALL
        SELECT x."inquiryId", x."organisationId", 0, 0, 1 FROM "InquiryPreference" x
        WHERE kind <> 'forwarded' AND x."inquiryId" = ANY (ARRAY(SELECT DISTINCT l.inquiry_id FROM unnest(links) l))) rows
      GROUP BY 1, 2 HAVING sum(added) + sum(removed) > 0),
    delta AS (
      SELECT inquiry_id, organisation_id, (now_n > 0)::integer - ((now_n - added + removed) > 0)::integer AS d FROM pairs),
    -- The inquiry's day, looked up per changed pair (a join may scan "Inquiry" whole: see
    -- "Plans" below). An inquiry that is being deleted is gone already, its day NULL: its
    -- links were taken off before.
    moved AS (
      SELECT (SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date FROM "Inquiry" i WHERE i.id = delta.inquiry_id) AS day, organisation_id, d
      FROM delta WHERE d <> 0)
    INSERT INTO "DashboardOrganisationDay" (day, "organisationId", slot, forwarded, preferred)
    SELECT day, organisation_id, dashboard_slot(),
      CASE WHEN kind = 'forwarded' THEN sum(d) ELSE 0 END, CASE WHEN kind = 'forwarded' THEN 0 ELSE sum(d) END
    FROM moved
    WHERE day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, "organisationId", slot) DO UPDATE
      SET forwarded = "DashboardOrganisationDay".forwarded + excluded.forwarded,
          preferred = "DashboardOrganisationDay".preferred + excluded.preferred;
  $$;

-- Plans. PostgreSQL 18 caches the plans of SQL functions per connection, like those of
-- prepared statements: a custom plan per call (planned anew each time) until a generic
-- one looks as cheap. For these functions it never did (the planner weighs the `kind`
-- branch it cannot fold), so every call was planned again: 0.3 ms of a 0.5 ms call of
-- dashboard_apply_links, twice per submission. A generic plan is right for every call.
-- It must not depend on the tables' size when it was made, though: a plan cached while
-- the tables were small scanned "Inquiry" whole on every later call (two scans per
-- submission, growing with the table; seen in the bench on a new database). Index
-- look-ups are right at every size, for one inquiry and for a bulk statement alike.
ALTER FUNCTION dashboard_apply(dashboard_fact[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION dashboard_apply_links(text, dashboard_link[]) SET plan_cache_mode = force_generic_plan SET enable_seqscan = off;
ALTER FUNCTION dashboard_move_links(uuid, date, date) SET plan_cache_mode = force_generic_plan SET enable_seqscan = off;
