-- Registration for information events (issue #20): the event's registration
-- settings, the host's time slots for one-to-one meetings, the registrations,
-- and files attached to outbox mails (the .ics of a confirmation).
ALTER TABLE "InformationEvent"
  ADD COLUMN "registrationEnabled" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "capacity" INTEGER,
  ADD COLUMN "registrationDeadline" TIMESTAMPTZ(3),
  ADD COLUMN "onlineUrl" TEXT,
  ADD COLUMN "requiresApproval" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "questions" JSONB NOT NULL DEFAULT '[]';

ALTER TABLE "InformationEvent" ADD CONSTRAINT "InformationEvent_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);

ALTER TABLE "OutboundMail" ADD COLUMN "attachments" JSONB;

CREATE TYPE "EventRegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WAITING', 'DECLINED', 'CANCELLED');

CREATE TABLE "EventTimeSlot" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "EventTimeSlot_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EventTimeSlot_eventId_startsAt_idx" ON "EventTimeSlot"("eventId", "startsAt");
ALTER TABLE "EventTimeSlot" ADD CONSTRAINT "EventTimeSlot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "InformationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "status" "EventRegistrationStatus" NOT NULL,
    "name" TEXT NOT NULL,
    "nameLatin" TEXT,
    "company" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "direction" "Direction" NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "slotId" UUID,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "cancelToken" TEXT NOT NULL,
    "decisionMessage" TEXT,
    "checkedInAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "EventRegistration_idempotencyKey_key" ON "EventRegistration"("idempotencyKey");
CREATE UNIQUE INDEX "EventRegistration_cancelToken_key" ON "EventRegistration"("cancelToken");
CREATE INDEX "EventRegistration_eventId_status_createdAt_idx" ON "EventRegistration"("eventId", "status", "createdAt");
CREATE INDEX "EventRegistration_email_idx" ON "EventRegistration"("email");
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "InformationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "EventTimeSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
