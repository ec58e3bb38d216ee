-- better-auth 1.7's twoFactor plugin keeps enrolment state and its own failure counter on the row.
-- AlterTable
ALTER TABLE "TwoFactor" ADD COLUMN     "failedVerificationCount" INTEGER DEFAULT 0,
ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "verified" BOOLEAN DEFAULT true;

