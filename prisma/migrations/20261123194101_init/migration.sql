-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GATEWAY', 'MUNICIPALITY', 'TOKYO_PARTNER');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('TOKYO_TO_NRW', 'NRW_TO_TOKYO', 'RESEARCH');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('NEW', 'TRIAGED', 'FORWARDED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssignmentState" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InquiryEventType" AS ENUM ('SUBMITTED', 'ROUTED_TO_GATEWAY', 'TRIAGED', 'FORWARDED', 'ACCEPTED', 'RETURNED', 'STATUS_CHANGED', 'NOTE_ADDED', 'CLOSED', 'REOPENED', 'ANONYMISED');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('ONLINE', 'ONSITE', 'HYBRID');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "street" TEXT,
    "postcode" TEXT,
    "city" TEXT,
    "country" CHAR(2) NOT NULL DEFAULT 'DE',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalityProfile" (
    "organisationId" UUID NOT NULL,
    "sectors" TEXT[],
    "services" TEXT[],
    "mapX" DOUBLE PRECISION NOT NULL,
    "mapY" DOUBLE PRECISION NOT NULL,
    "population" INTEGER,
    "japaneseCompanies" INTEGER,
    "contactName" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MunicipalityProfile_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "MunicipalityTranslation" (
    "organisationId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "agencyName" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "offerForJapan" TEXT NOT NULL,
    "japanFacts" TEXT[],

    CONSTRAINT "MunicipalityTranslation_pkey" PRIMARY KEY ("organisationId","locale")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "referenceYear" INTEGER NOT NULL,
    "referenceSeq" INTEGER NOT NULL,
    "direction" "Direction" NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'NEW',
    "locale" VARCHAR(5) NOT NULL,
    "replyLocale" VARCHAR(5) NOT NULL,
    "companyName" TEXT NOT NULL,
    "companyNameLatin" TEXT,
    "website" TEXT,
    "hqCity" TEXT NOT NULL,
    "hqCountry" CHAR(2) NOT NULL,
    "sizeBand" TEXT NOT NULL,
    "foundedYear" INTEGER,
    "isStartup" BOOLEAN NOT NULL,
    "sectors" TEXT[],
    "supportNeeds" TEXT[],
    "timeline" TEXT NOT NULL,
    "plannedInvestment" TEXT,
    "plannedJobs" INTEGER,
    "description" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactRole" TEXT,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "privacyNoticeVersion" TEXT NOT NULL,
    "consentedAt" TIMESTAMPTZ(3) NOT NULL,
    "idempotencyKey" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstResponseAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "anonymisedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryPreference" (
    "inquiryId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "InquiryPreference_pkey" PRIMARY KEY ("inquiryId","organisationId")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "state" "AssignmentState" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "returnReason" TEXT,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryEvent" (
    "id" BIGSERIAL NOT NULL,
    "inquiryId" UUID NOT NULL,
    "type" "InquiryEventType" NOT NULL,
    "actorOrganisationId" UUID,
    "actorLabel" TEXT,
    "targetOrganisationId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationEvent" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "format" "EventFormat" NOT NULL,
    "hostSlug" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InformationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationEventTranslation" (
    "eventId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "location" TEXT NOT NULL,

    CONSTRAINT "InformationEventTranslation_pkey" PRIMARY KEY ("eventId","locale")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "MunicipalityProfile_sectors_idx" ON "MunicipalityProfile" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "MunicipalityProfile_services_idx" ON "MunicipalityProfile" USING GIN ("services");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_reference_key" ON "Inquiry"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_idempotencyKey_key" ON "Inquiry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Inquiry_submittedAt_id_idx" ON "Inquiry"("submittedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Inquiry_status_submittedAt_idx" ON "Inquiry"("status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_direction_submittedAt_idx" ON "Inquiry"("direction", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_sectors_idx" ON "Inquiry" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "Inquiry_contactEmail_idx" ON "Inquiry"("contactEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_referenceYear_referenceSeq_key" ON "Inquiry"("referenceYear", "referenceSeq");

-- CreateIndex
CREATE INDEX "InquiryPreference_organisationId_idx" ON "InquiryPreference"("organisationId");

-- CreateIndex
CREATE INDEX "Assignment_inquiryId_idx" ON "Assignment"("inquiryId");

-- CreateIndex
CREATE INDEX "Assignment_organisationId_state_assignedAt_idx" ON "Assignment"("organisationId", "state", "assignedAt" DESC);

-- CreateIndex
CREATE INDEX "InquiryEvent_inquiryId_createdAt_idx" ON "InquiryEvent"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryEvent_type_createdAt_idx" ON "InquiryEvent"("type", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InformationEvent_slug_key" ON "InformationEvent"("slug");

-- CreateIndex
CREATE INDEX "InformationEvent_published_startsAt_idx" ON "InformationEvent"("published", "startsAt");

-- AddForeignKey
ALTER TABLE "MunicipalityProfile" ADD CONSTRAINT "MunicipalityProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityTranslation" ADD CONSTRAINT "MunicipalityTranslation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "MunicipalityProfile"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryPreference" ADD CONSTRAINT "InquiryPreference_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryPreference" ADD CONSTRAINT "InquiryPreference_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_actorOrganisationId_fkey" FOREIGN KEY ("actorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationEventTranslation" ADD CONSTRAINT "InformationEventTranslation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "InformationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The timeline is append-only: an event, once written, is never changed.
CREATE FUNCTION inquiry_event_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'InquiryEvent rows are append-only (id %)', OLD.id USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER inquiry_event_append_only
  BEFORE UPDATE ON "InquiryEvent"
  FOR EACH ROW EXECUTE FUNCTION inquiry_event_refuse_update();

-- An organisation holds an inquiry at most once at a time.
CREATE UNIQUE INDEX "Assignment_open_per_organisation"
  ON "Assignment"("inquiryId", "organisationId")
  WHERE "state" IN ('PENDING', 'ACCEPTED');
