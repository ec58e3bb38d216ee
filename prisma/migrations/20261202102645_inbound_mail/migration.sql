-- Replies by e-mail (issue #16): every mail the reply job took from the IMAP mailbox,
-- once per Message-ID, and the gateway's list of mails it could not match.
CREATE TYPE "InboundMailStatus" AS ENUM ('FILED', 'UNMATCHED', 'ASSIGNED', 'DISCARDED');
CREATE TYPE "UnmatchedReason" AS ENUM ('NO_MATCH', 'CLOSED', 'AUTOMATIC', 'EMPTY');

CREATE TABLE "InboundMail" (
    "id" UUID NOT NULL,
    "messageId" TEXT NOT NULL,
    "status" "InboundMailStatus" NOT NULL,
    "reason" "UnmatchedReason",
    "inquiryId" UUID,
    "fromAddress" TEXT NOT NULL DEFAULT '',
    "fromName" TEXT NOT NULL DEFAULT '',
    "subject" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" TEXT,
    "resolvedByLabel" TEXT,
    CONSTRAINT "InboundMail_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InboundMail_messageId_key" ON "InboundMail"("messageId");
CREATE INDEX "InboundMail_status_receivedAt_idx" ON "InboundMail"("status", "receivedAt");
CREATE INDEX "InboundMail_receivedAt_idx" ON "InboundMail"("receivedAt");
ALTER TABLE "InboundMail" ADD CONSTRAINT "InboundMail_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
