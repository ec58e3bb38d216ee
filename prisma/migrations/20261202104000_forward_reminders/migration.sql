-- A forward still pending after FORWARD_ACCEPT_BUSINESS_DAYS is reminded once (issue #17):
-- the job sets remindedAt in the transaction that writes the reminder mails, and only
-- where it is still NULL, so two runs never remind the same forward twice.
ALTER TABLE "Assignment" ADD COLUMN "remindedAt" TIMESTAMPTZ(3);
