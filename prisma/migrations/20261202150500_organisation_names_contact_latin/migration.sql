-- Names and labels across scripts (issue #18, item 5): each organisation's name in the
-- reader's language, and an optional Latin-letter spelling of the contact person's name.
CREATE TABLE "OrganisationName" (
    "organisationId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "OrganisationName_pkey" PRIMARY KEY ("organisationId","locale")
);

ALTER TABLE "OrganisationName" ADD CONSTRAINT "OrganisationName_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Inquiry" ADD COLUMN "contactNameLatin" TEXT;
CREATE INDEX "Inquiry_contactNameLatin_trgm_idx" ON "Inquiry" USING GIN ("contactNameLatin" gin_trgm_ops);
