-- Dashboard rollups (docs/decisions/0009-dashboard-aggregates.md): the staff dashboard's
-- counts per Berlin day of submission, maintained by triggers in the same transaction as
-- every write to Inquiry, Assignment and InquiryPreference (the app, scripts and direct
-- SQL such as the bench's seeding alike), so that the dashboard reads rows per day, not
-- per inquiry. Statement-level triggers with transition tables: a bulk insert of 100,000
-- inquiries updates each rollup row once, not 100,000 times.

-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" DATE NOT NULL,
    "status" "InquiryStatus" NOT NULL,
    "direction" "Direction" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("day","status","direction")
);

-- CreateTable
CREATE TABLE "DashboardSectorDay" (
    "day" DATE NOT NULL,
    "sector" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DashboardSectorDay_pkey" PRIMARY KEY ("day","sector")
);

-- CreateTable
CREATE TABLE "DashboardOrganisationDay" (
    "day" DATE NOT NULL,
    "organisationId" UUID NOT NULL,
    "forwarded" INTEGER NOT NULL,
    "preferred" INTEGER NOT NULL,

    CONSTRAINT "DashboardOrganisationDay_pkey" PRIMARY KEY ("day","organisationId")
);

-- CreateTable
CREATE TABLE "DashboardResponseDay" (
    "day" DATE NOT NULL,
    "businessDays" INTEGER NOT NULL,
    "responseMs" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DashboardResponseDay_pkey" PRIMARY KEY ("day","businessDays","responseMs")
);

-- CreateIndex
CREATE INDEX "Inquiry_firstResponseAt_submittedAt_idx" ON "Inquiry"("firstResponseAt", "submittedAt");

-- What one inquiry contributes, with a sign (+1 added, -1 removed).
CREATE TYPE dashboard_fact AS (
  day date, status "InquiryStatus", direction "Direction", sectors text[], business_days integer, response_ms bigint, sign integer);

-- The figures of one inquiry: its Berlin day of submission and, once answered, the time
-- to the first response, exactly (milliseconds) and in business days (the SLA's unit).
CREATE FUNCTION dashboard_fact_of(i "Inquiry", sign integer) RETURNS dashboard_fact
  LANGUAGE sql STABLE
  AS $$ SELECT ROW(
    (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, i.status, i.direction, i.sectors,
    CASE WHEN i."firstResponseAt" IS NOT NULL THEN business_days_between(
      (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, (i."firstResponseAt" AT TIME ZONE 'Europe/Berlin')::date) END,
    CASE WHEN i."firstResponseAt" IS NOT NULL THEN
      ((extract(epoch FROM i."firstResponseAt") - extract(epoch FROM i."submittedAt")) * 1000)::bigint END,
    sign)::dashboard_fact $$;

-- Adds signed facts to the rollups. Rows are upserted in key order, so that concurrent
-- transactions lock them in the same order and cannot deadlock on them. Rows that reach
-- zero stay (there are at most a few per day); readers skip them.
CREATE FUNCTION dashboard_apply(facts dashboard_fact[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO "DashboardDay" (day, status, direction, n)
    SELECT f.day, f.status, f.direction, sum(f.sign) FROM unnest(facts) f
    GROUP BY 1, 2, 3 HAVING sum(f.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, status, direction) DO UPDATE SET n = "DashboardDay".n + excluded.n;

    INSERT INTO "DashboardSectorDay" (day, sector, n)
    SELECT f.day, s.sector, sum(f.sign) FROM unnest(facts) f CROSS JOIN LATERAL unnest(f.sectors) AS s(sector)
    GROUP BY 1, 2 HAVING sum(f.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (day, sector) DO UPDATE SET n = "DashboardSectorDay".n + excluded.n;

    INSERT INTO "DashboardResponseDay" (day, "businessDays", "responseMs", n)
    SELECT f.day, f.business_days, f.response_ms, sum(f.sign) FROM unnest(facts) f WHERE f.response_ms IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(f.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, "businessDays", "responseMs") DO UPDATE SET n = "DashboardResponseDay".n + excluded.n;
  $$;

-- An inquiry's links to organisations (assignments or preferences) whose day moves:
-- from `from_day` (NULL: not counted yet) to `to_day` (NULL: no longer counted).
CREATE FUNCTION dashboard_move_links(inquiry uuid, from_day date, to_day date) RETURNS void
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
    INSERT INTO "DashboardOrganisationDay" (day, "organisationId", forwarded, preferred)
    SELECT day, org, sum(fw), sum(pr) FROM moves GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, "organisationId") DO UPDATE
      SET forwarded = "DashboardOrganisationDay".forwarded + excluded.forwarded,
          preferred = "DashboardOrganisationDay".preferred + excluded.preferred;
  $$;

CREATE FUNCTION dashboard_inquiry_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    moved record;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM dashboard_apply(ARRAY(SELECT dashboard_fact_of(n, 1) FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
      -- Links were taken off before the row went (dashboard_inquiry_deleting).
      PERFORM dashboard_apply(ARRAY(SELECT dashboard_fact_of(o, -1) FROM old_rows o));
    ELSE
      -- Most updates (version, timestamps, anonymisation) change no figure and do nothing.
      PERFORM dashboard_apply(ARRAY(
        SELECT f FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (CASE WHEN o.id IS NOT NULL THEN dashboard_fact_of(o, -1) END),
                                   (CASE WHEN n.id IS NOT NULL THEN dashboard_fact_of(n, 1) END)) AS v(f)
        -- (f).sign, not f: a row IS NOT NULL only when all its fields are, and unanswered inquiries have no times.
        WHERE (f).sign IS NOT NULL AND (o.id IS NULL OR n.id IS NULL
          OR (o.status, o.direction, o.sectors, o."submittedAt", o."firstResponseAt")
             IS DISTINCT FROM (n.status, n.direction, n.sectors, n."submittedAt", n."firstResponseAt"))));
      FOR moved IN
        SELECT coalesce(n.id, o.id) AS id, (o."submittedAt" AT TIME ZONE 'Europe/Berlin')::date AS from_day,
               (n."submittedAt" AT TIME ZONE 'Europe/Berlin')::date AS to_day
        FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        WHERE (o."submittedAt" AT TIME ZONE 'Europe/Berlin')::date IS DISTINCT FROM (n."submittedAt" AT TIME ZONE 'Europe/Berlin')::date
      LOOP
        PERFORM dashboard_move_links(moved.id, moved.from_day, moved.to_day);
      END LOOP;
    END IF;
    RETURN NULL;
  END $$;

-- Before an inquiry goes, while its assignments and preferences still exist: the cascade
-- deletes them after the row, when their own trigger no longer finds the inquiry's day.
CREATE FUNCTION dashboard_inquiry_deleting() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM dashboard_move_links(OLD.id, (OLD."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, NULL);
    RETURN OLD;
  END $$;

-- Rows added to (added = 1) or removed from (removed = 1) Assignment or InquiryPreference.
CREATE TYPE dashboard_link AS (inquiry_id uuid, organisation_id uuid, added integer, removed integer);

-- An organisation counts once per inquiry, however many assignments link them (a
-- returned forward and a second one): a pair changes the count only when it appears
-- or disappears. Present now: rows in the table; present before: those minus the
-- added plus the removed ones.
CREATE FUNCTION dashboard_apply_links(kind text, links dashboard_link[]) RETURNS void
  LANGUAGE sql
  AS $$
    -- One grouping over the changed rows and the current rows of the same inquiries (found
    -- through the inquiryId indexes): linear in the rows touched, also for a bulk insert.
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
      SELECT inquiry_id, organisation_id, (now_n > 0)::integer - ((now_n - added + removed) > 0)::integer AS d FROM pairs)
    -- An inquiry that is being deleted is gone already: its links were taken off before.
    INSERT INTO "DashboardOrganisationDay" (day, "organisationId", forwarded, preferred)
    SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, d.organisation_id,
      CASE WHEN kind = 'forwarded' THEN sum(d.d) ELSE 0 END, CASE WHEN kind = 'forwarded' THEN 0 ELSE sum(d.d) END
    FROM delta d JOIN "Inquiry" i ON i.id = d.inquiry_id
    WHERE d.d <> 0 GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, "organisationId") DO UPDATE
      SET forwarded = "DashboardOrganisationDay".forwarded + excluded.forwarded,
          preferred = "DashboardOrganisationDay".preferred + excluded.preferred;
  $$;

CREATE FUNCTION dashboard_link_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    kind text := CASE TG_TABLE_NAME WHEN 'Assignment' THEN 'forwarded' ELSE 'preferred' END;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM dashboard_apply_links(kind, ARRAY(SELECT ROW(n."inquiryId", n."organisationId", 1, 0)::dashboard_link FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM dashboard_apply_links(kind, ARRAY(SELECT ROW(o."inquiryId", o."organisationId", 0, 1)::dashboard_link FROM old_rows o));
    ELSE
      -- A change of state (accepted, returned, closed) keeps the pair: removed and added, no change.
      PERFORM dashboard_apply_links(kind, ARRAY(
        SELECT ROW(o."inquiryId", o."organisationId", 0, 1)::dashboard_link FROM old_rows o
        UNION ALL
        SELECT ROW(n."inquiryId", n."organisationId", 1, 0)::dashboard_link FROM new_rows n));
    END IF;
    RETURN NULL;
  END $$;

CREATE FUNCTION dashboard_truncated() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'Inquiry' THEN
      TRUNCATE "DashboardDay", "DashboardSectorDay", "DashboardResponseDay", "DashboardOrganisationDay";
    ELSIF TG_TABLE_NAME = 'Assignment' THEN
      UPDATE "DashboardOrganisationDay" SET forwarded = 0 WHERE forwarded <> 0;
    ELSE
      UPDATE "DashboardOrganisationDay" SET preferred = 0 WHERE preferred <> 0;
    END IF;
    RETURN NULL;
  END $$;

-- A trigger with transition tables serves one event only, hence three per table.
CREATE TRIGGER dashboard_inquiry_inserted AFTER INSERT ON "Inquiry" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_inquiry_changed();
CREATE TRIGGER dashboard_inquiry_updated AFTER UPDATE ON "Inquiry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_inquiry_changed();
CREATE TRIGGER dashboard_inquiry_deleted AFTER DELETE ON "Inquiry" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_inquiry_changed();
CREATE TRIGGER dashboard_inquiry_deleting BEFORE DELETE ON "Inquiry"
  FOR EACH ROW EXECUTE FUNCTION dashboard_inquiry_deleting();
CREATE TRIGGER dashboard_inquiry_truncated AFTER TRUNCATE ON "Inquiry"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();

CREATE TRIGGER dashboard_assignment_inserted AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_assignment_updated AFTER UPDATE ON "Assignment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_assignment_deleted AFTER DELETE ON "Assignment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_assignment_truncated AFTER TRUNCATE ON "Assignment"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();

CREATE TRIGGER dashboard_preference_inserted AFTER INSERT ON "InquiryPreference" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_preference_updated AFTER UPDATE ON "InquiryPreference" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_preference_deleted AFTER DELETE ON "InquiryPreference" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_link_changed();
CREATE TRIGGER dashboard_preference_truncated AFTER TRUNCATE ON "InquiryPreference"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncated();

-- Backfill from the inquiries already there.
SELECT dashboard_apply(ARRAY(SELECT dashboard_fact_of(i, 1) FROM "Inquiry" i));

INSERT INTO "DashboardOrganisationDay" (day, "organisationId", forwarded, preferred)
SELECT day, org, sum(fw), sum(pr) FROM (
  SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date AS day, a."organisationId" AS org, count(DISTINCT a."inquiryId")::integer AS fw, 0 AS pr
  FROM "Assignment" a JOIN "Inquiry" i ON i.id = a."inquiryId" GROUP BY 1, 2
  UNION ALL
  SELECT (i."submittedAt" AT TIME ZONE 'Europe/Berlin')::date, p."organisationId", 0, count(*)::integer
  FROM "InquiryPreference" p JOIN "Inquiry" i ON i.id = p."inquiryId" GROUP BY 1, 2) b
GROUP BY 1, 2;
