-- Programme report rollups (docs/decisions/0024-programme-report.md, "Speed"): every figure
-- of the report as counts per Berlin day, kept by triggers in the same transaction as
-- every write to Inquiry and Assignment (the app, scripts, anonymisation, erasure and the
-- bench's direct SQL alike), the way the dashboard's rollups are kept (decision 0009).
-- The report then reads rows per day and key, not per inquiry or forward.
--
-- One table for all measures: (measure, key, bucket) per day, in the slots of decision 0009.
--   received per submission day: direction, size, startup, country, sector (one row per
--     sector named), response (bucket = NRW business days to the first response);
--   closes per day of closing: outcome (key '' = none recorded), jobs (closes that gave
--     planned jobs, amount = their sum), investment (key = band);
--   forwards per day of forwarding, key = the organisation: forwarded, accepted (bucket =
--     business days to the accept in the partner's calendar), returned, withdrawn,
--     messaged (bucket = business days to its first message after the forward).
-- A histogram per bucket gives the exact median (percentile_cont over whole numbers).
CREATE TABLE "ReportDay" (
    "day" DATE NOT NULL,
    "measure" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL DEFAULT 0,
    "slot" SMALLINT NOT NULL DEFAULT 0,
    "n" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDay_pkey" PRIMARY KEY ("day","measure","key","bucket","slot")
);

-- The time of the organisation's first outbound message after the forward (decision 0018),
-- kept on the forward when the message is written: the report's "to the first message"
-- needs it per forward, and a recorded first message stays what it was.
ALTER TABLE "Assignment" ADD COLUMN "firstMessageAt" TIMESTAMPTZ(3);

UPDATE "Assignment" a SET "firstMessageAt" = (
  SELECT min(m."createdAt") FROM "InquiryMessage" m
  WHERE m."inquiryId" = a."inquiryId" AND m."organisationId" = a."organisationId" AND m.direction = 'OUTBOUND' AND m."createdAt" >= a."assignedAt");

CREATE TYPE report_fact AS (day date, measure text, key text, bucket integer, n integer, amount bigint);

-- What one inquiry adds to the report, times `sign` (+1 added, -1 removed).
CREATE FUNCTION report_inquiry_facts(i "Inquiry", sign integer) RETURNS SETOF report_fact
  LANGUAGE sql STABLE
  AS $$
    WITH d AS (SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date AS received,
                      CASE WHEN i.status = 'CLOSED' THEN (i."closedAt" AT TIME ZONE 'Europe/Berlin')::date END AS closed)
    SELECT received, 'direction', i.direction::text, 0, sign, 0::bigint FROM d
    UNION ALL SELECT received, 'size', i."sizeBand", 0, sign, 0 FROM d WHERE i."sizeBand" IS NOT NULL
    UNION ALL SELECT received, 'startup', CASE WHEN i."isStartup" THEN 'startup' ELSE 'established' END, 0, sign, 0 FROM d WHERE i."isStartup" IS NOT NULL
    UNION ALL SELECT received, 'country', i."hqCountry"::text, 0, sign, 0 FROM d WHERE i."hqCountry" IS NOT NULL
    UNION ALL SELECT received, 'sector', s.sector, 0, sign, 0 FROM d CROSS JOIN unnest(i.sectors) AS s(sector)
    UNION ALL SELECT received, 'response', '', business_days_between(received, (i."firstResponseAt" AT TIME ZONE 'Europe/Berlin')::date), sign, 0
      FROM d WHERE i."firstResponseAt" IS NOT NULL
    UNION ALL SELECT closed, 'outcome', coalesce(i.outcome, ''), 0, sign, 0 FROM d WHERE closed IS NOT NULL
    -- Planned jobs as the close form stores them (a whole number); anything else counts as not given.
    UNION ALL SELECT closed, 'jobs', coalesce(i.outcome, ''), 0, sign, sign * trunc((i."outcomeFigures"->>'jobs')::numeric)::bigint
      FROM d WHERE closed IS NOT NULL AND jsonb_typeof(i."outcomeFigures"->'jobs') = 'number'
    UNION ALL SELECT closed, 'investment', i."outcomeFigures"->>'investment', 0, sign, 0
      FROM d WHERE closed IS NOT NULL AND i."outcomeFigures"->>'investment' IS NOT NULL
  $$;

-- What one forward adds, times `sign`: keyed by its Berlin day, its business days in the
-- partner's own calendar and time zone (Japan for the Tokyo partner, NRW otherwise; decision 0014).
CREATE FUNCTION report_assignment_facts(a "Assignment", sign integer) RETURNS SETOF report_fact
  LANGUAGE sql STABLE
  AS $$
    WITH o AS (
      SELECT (a."assignedAt" AT TIME ZONE 'Europe/Berlin')::date AS day,
        CASE WHEN org.kind = 'TOKYO_PARTNER' THEN 'JP' ELSE 'NRW' END AS calendar,
        CASE WHEN org.kind = 'TOKYO_PARTNER' THEN 'Asia/Tokyo' ELSE 'Europe/Berlin' END AS zone
      FROM "Organisation" org WHERE org.id = a."organisationId")
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

-- Adds signed facts in this connection's slot, rows upserted in key order (no deadlocks).
CREATE FUNCTION report_apply(facts report_fact[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO "ReportDay" (day, measure, key, bucket, slot, n, amount)
    SELECT f.day, f.measure, f.key, f.bucket, dashboard_slot(), sum(f.n), sum(f.amount) FROM unnest(facts) f
    GROUP BY 1, 2, 3, 4 HAVING sum(f.n) <> 0 OR sum(f.amount) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, measure, key, bucket, slot) DO UPDATE
      SET n = "ReportDay".n + excluded.n, amount = "ReportDay".amount + excluded.amount;
  $$;

CREATE FUNCTION report_inquiry_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM report_apply(ARRAY(SELECT f FROM new_rows n CROSS JOIN LATERAL report_inquiry_facts(n, 1) f));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM report_apply(ARRAY(SELECT f FROM old_rows o CROSS JOIN LATERAL report_inquiry_facts(o, -1) f));
    ELSE
      -- Most updates (version, timestamps, anonymisation, notes) change no figure and do nothing.
      PERFORM report_apply(ARRAY(
        SELECT ROW(f.*)::report_fact FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (SELECT * FROM report_inquiry_facts(o, -1) WHERE o.id IS NOT NULL
                            UNION ALL SELECT * FROM report_inquiry_facts(n, 1) WHERE n.id IS NOT NULL) f
        WHERE o.id IS NULL OR n.id IS NULL
          OR (o.direction, o."sizeBand", o."isStartup", o."hqCountry", o.sectors, o."submittedAt", o."firstResponseAt",
              o.status, o."closedAt", o.outcome, o."outcomeFigures"->'jobs', o."outcomeFigures"->>'investment')
             IS DISTINCT FROM
             (n.direction, n."sizeBand", n."isStartup", n."hqCountry", n.sectors, n."submittedAt", n."firstResponseAt",
              n.status, n."closedAt", n.outcome, n."outcomeFigures"->'jobs', n."outcomeFigures"->>'investment')));
    END IF;
    RETURN NULL;
  END $$;

CREATE FUNCTION report_assignment_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM report_apply(ARRAY(SELECT f FROM new_rows n CROSS JOIN LATERAL report_assignment_facts(n, 1) f));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM report_apply(ARRAY(SELECT f FROM old_rows o CROSS JOIN LATERAL report_assignment_facts(o, -1) f));
    ELSE
      -- Notes, owners, reminders and the partner's own close change no figure.
      PERFORM report_apply(ARRAY(
        SELECT ROW(f.*)::report_fact FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (SELECT * FROM report_assignment_facts(o, -1) WHERE o.id IS NOT NULL
                            UNION ALL SELECT * FROM report_assignment_facts(n, 1) WHERE n.id IS NOT NULL) f
        WHERE o.id IS NULL OR n.id IS NULL
          OR (o."organisationId", o.state, o."assignedAt", o."respondedAt", o."firstMessageAt")
             IS DISTINCT FROM (n."organisationId", n.state, n."assignedAt", n."respondedAt", n."firstMessageAt")));
    END IF;
    RETURN NULL;
  END $$;

-- A forward made after the organisation already wrote (seeded or back-dated data) finds its first message at once.
CREATE FUNCTION report_assignment_first_message() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW."firstMessageAt" IS NULL THEN
      NEW."firstMessageAt" := (SELECT min(m."createdAt") FROM "InquiryMessage" m
        WHERE m."inquiryId" = NEW."inquiryId" AND m."organisationId" = NEW."organisationId" AND m.direction = 'OUTBOUND' AND m."createdAt" >= NEW."assignedAt");
    END IF;
    RETURN NEW;
  END $$;

-- An organisation's outbound message is the first after each of its forwards of the inquiry that has none earlier.
CREATE FUNCTION report_message_written() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    UPDATE "Assignment" a SET "firstMessageAt" = m.first
    FROM (SELECT a2.id, min(n."createdAt") AS first FROM new_rows n
          JOIN "Assignment" a2 ON a2."inquiryId" = n."inquiryId" AND a2."organisationId" = n."organisationId" AND n."createdAt" >= a2."assignedAt"
          WHERE n.direction = 'OUTBOUND' AND n."organisationId" IS NOT NULL GROUP BY a2.id) m
    WHERE a.id = m.id AND (a."firstMessageAt" IS NULL OR a."firstMessageAt" > m.first);
    RETURN NULL;
  END $$;

CREATE FUNCTION report_truncated() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'Inquiry' THEN
      TRUNCATE "ReportDay";
    ELSE
      DELETE FROM "ReportDay" WHERE measure IN ('forwarded', 'accepted', 'returned', 'withdrawn', 'messaged');
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER report_inquiry_inserted AFTER INSERT ON "Inquiry" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_inquiry_changed();
CREATE TRIGGER report_inquiry_updated AFTER UPDATE ON "Inquiry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_inquiry_changed();
CREATE TRIGGER report_inquiry_deleted AFTER DELETE ON "Inquiry" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_inquiry_changed();
CREATE TRIGGER report_inquiry_truncated AFTER TRUNCATE ON "Inquiry"
  FOR EACH STATEMENT EXECUTE FUNCTION report_truncated();

CREATE TRIGGER report_assignment_first_message BEFORE INSERT ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION report_assignment_first_message();
CREATE TRIGGER report_assignment_inserted AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_assignment_changed();
CREATE TRIGGER report_assignment_updated AFTER UPDATE ON "Assignment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_assignment_changed();
CREATE TRIGGER report_assignment_deleted AFTER DELETE ON "Assignment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_assignment_changed();
CREATE TRIGGER report_assignment_truncated AFTER TRUNCATE ON "Assignment"
  FOR EACH STATEMENT EXECUTE FUNCTION report_truncated();

CREATE TRIGGER report_message_written AFTER INSERT ON "InquiryMessage" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_message_written();

-- Generic plans with index look-ups, as for the dashboard's functions (decision 0009, "Plans").
ALTER FUNCTION report_apply(report_fact[]) SET plan_cache_mode = force_generic_plan;

-- Backfill from what is there.
SELECT report_apply(ARRAY(SELECT f FROM "Inquiry" i CROSS JOIN LATERAL report_inquiry_facts(i, 1) f));
SELECT report_apply(ARRAY(SELECT f FROM "Assignment" a CROSS JOIN LATERAL report_assignment_facts(a, 1) f));
