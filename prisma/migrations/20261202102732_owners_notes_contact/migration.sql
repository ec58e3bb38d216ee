-- Issue #17: a named owner per organisation's hold on a case, notes with a
-- visibility, and the timeline entries for both and for the release of the
-- applicant's contact details on acceptance (docs/decisions: owners, notes, contact).

-- New timeline entries; not used in this transaction (PostgreSQL allows adding them here).
ALTER TYPE "InquiryEventType" ADD VALUE 'OWNER_CHANGED';
ALTER TYPE "InquiryEventType" ADD VALUE 'CONTACT_DISCLOSED';

-- Existing notes keep today's behaviour: shared with every organisation on the case.
CREATE TYPE "NoteVisibility" AS ENUM ('SHARED', 'ORGANISATION');
ALTER TABLE "InquiryNote" ADD COLUMN "visibility" "NoteVisibility" NOT NULL DEFAULT 'SHARED';

ALTER TABLE "Assignment" ADD COLUMN "ownerId" TEXT;
CREATE INDEX "Assignment_ownerId_idx" ON "Assignment"("ownerId");
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
