-- The timeline stays append-only, with one narrow exception for data protection:
-- once an inquiry is anonymised (Inquiry.anonymisedAt set), its events may lose
-- payload keys (free text such as a return reason) and gain the marker
-- {"redacted": true}. Nothing else of an event can ever change: not its type,
-- actor, target or time, and no payload value can be added or altered.
CREATE OR REPLACE FUNCTION inquiry_event_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" = OLD."id"
     AND NEW."inquiryId" = OLD."inquiryId"
     AND NEW."type" = OLD."type"
     AND NEW."actorOrganisationId" IS NOT DISTINCT FROM OLD."actorOrganisationId"
     AND NEW."actorLabel" IS NOT DISTINCT FROM OLD."actorLabel"
     AND NEW."targetOrganisationId" IS NOT DISTINCT FROM OLD."targetOrganisationId"
     AND NEW."createdAt" = OLD."createdAt"
     AND NEW."data" -> 'redacted' = 'true'::jsonb
     AND OLD."data" @> (NEW."data" - 'redacted')
     AND EXISTS (SELECT 1 FROM "Inquiry" i WHERE i."id" = OLD."inquiryId" AND i."anonymisedAt" IS NOT NULL)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'InquiryEvent rows are append-only (id %)', OLD.id USING ERRCODE = 'restrict_violation';
END;
$$;
