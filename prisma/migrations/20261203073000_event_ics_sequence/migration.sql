-- The SEQUENCE of an event's .ics (RFC 5545): raised when a published change moves its
-- time or place, so a calendar that holds the entry (same UID) updates it instead of
-- adding a second one.
ALTER TABLE "InformationEvent" ADD COLUMN "icsSequence" INTEGER NOT NULL DEFAULT 0;
