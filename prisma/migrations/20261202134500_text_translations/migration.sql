-- Translations of a case's free texts beside their originals (issue #18, decision 0025).
CREATE TYPE "TranslationKind" AS ENUM ('MACHINE', 'HUMAN');
CREATE TYPE "TranslationStatus" AS ENUM ('PENDING', 'DONE', 'SAME', 'FAILED');

ALTER TABLE "User" ADD COLUMN "readingLocale" VARCHAR(5);

CREATE TABLE "TextTranslation" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" UUID NOT NULL,
    "sourceLocale" VARCHAR(5),
    "targetLocale" VARCHAR(5) NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'PENDING',
    "kind" "TranslationKind",
    "body" TEXT NOT NULL DEFAULT '',
    "engine" TEXT,
    "translatorId" TEXT,
    "translatorLabel" TEXT,
    "authored" BOOLEAN NOT NULL DEFAULT false,
    "translatedAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TextTranslation_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TextTranslation_source_sourceId_targetLocale_key" ON "TextTranslation"("source", "sourceId", "targetLocale");
CREATE INDEX "TextTranslation_status_nextAttemptAt_idx" ON "TextTranslation"("status", "nextAttemptAt");
CREATE INDEX "TextTranslation_inquiryId_idx" ON "TextTranslation"("inquiryId");

ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
