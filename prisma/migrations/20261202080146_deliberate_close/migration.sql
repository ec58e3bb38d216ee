-- A deliberate close (docs/decisions/0017-closing-a-case.md): the outcome from a longer
-- list, optional figures and a short summary, on the inquiry (the gateway's close) and
-- on an assignment (a partner's close of its own part).
ALTER TABLE "Inquiry" ADD COLUMN "outcomeFigures" JSONB, ADD COLUMN "outcomeSummary" TEXT;
ALTER TABLE "Assignment" ADD COLUMN "outcome" TEXT, ADD COLUMN "outcomeFigures" JSONB, ADD COLUMN "outcomeSummary" TEXT;

-- The earlier outcome codes in today's terms (LEGACY_OUTCOMES in lib/domain/workflow.ts);
-- timeline events keep theirs (append-only) and are read through the same map.
UPDATE "Inquiry" SET outcome = CASE outcome WHEN 'established' THEN 'settled' WHEN 'partnered' THEN 'partnership' WHEN 'not-pursued' THEN 'paused' END
WHERE outcome IN ('established', 'partnered', 'not-pursued');
