-- The conversation with the applicant (issue #16): messages both ways, saved replies per
-- organisation and language, the inbox's "new reply" marker, a Reply-To per mail, and the
-- staff's notification preferences with the queue of their daily digest.
ALTER TYPE "InquiryEventType" ADD VALUE 'MESSAGE_SENT';
ALTER TYPE "InquiryEventType" ADD VALUE 'REPLY_RECEIVED';

CREATE TYPE "MessageDirection" AS ENUM ('OUTBOUND', 'INBOUND');
CREATE TYPE "MessageChannel" AS ENUM ('PORTAL', 'EMAIL');

ALTER TABLE "Inquiry" ADD COLUMN "unreadReplyAt" TIMESTAMPTZ(3);
CREATE INDEX "Inquiry_unreadReplyAt_idx" ON "Inquiry"("unreadReplyAt");

ALTER TABLE "OutboundMail" ADD COLUMN "replyTo" TEXT;

CREATE TABLE "InquiryMessage" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "channel" "MessageChannel" NOT NULL DEFAULT 'PORTAL',
    "organisationId" UUID,
    "authorId" TEXT,
    "authorLabel" TEXT,
    "locale" VARCHAR(5) NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "InquiryMessage_inquiryId_createdAt_idx" ON "InquiryMessage"("inquiryId", "createdAt");
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "MessageTemplate" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "MessageTemplate_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MessageTemplate_organisationId_locale_idx" ON "MessageTemplate"("organisationId", "locale");
ALTER TABLE "MessageTemplate" ADD CONSTRAINT "MessageTemplate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "User" ADD COLUMN "mailLocale" VARCHAR(5);
CREATE TYPE "NotificationMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" "NotificationMode" NOT NULL,
    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "kind")
);
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PendingNotification" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "inquiryId" UUID,
    "line" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PendingNotification_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PendingNotification_userId_createdAt_idx" ON "PendingNotification"("userId", "createdAt");
ALTER TABLE "PendingNotification" ADD CONSTRAINT "PendingNotification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
