-- Changes to data that app processes keep in memory or in the route cache are announced
-- on the channel every app process listens on (lib/cache/invalidation.ts, decision 0013),
-- whoever makes them: the app, the seed, or an administrator's SQL. The payload names the
-- cache tags to expire; NOTIFY is delivered at commit, once per distinct payload and
-- transaction, and not at all after a rollback.
CREATE FUNCTION portal_announce_invalidation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('portal_invalidation', json_build_object('tags', to_json(TG_ARGV))::text);
  RETURN NULL;
END;
$$;

-- Organisations and municipalities: the submission snapshot ("organisations") and the
-- directory and profile pages ("municipalities", lib/municipalities/queries.ts).
CREATE TRIGGER "Organisation_announce_change" AFTER INSERT OR DELETE ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');
CREATE TRIGGER "Organisation_announce_update" AFTER UPDATE ON "Organisation"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');
CREATE TRIGGER "MunicipalityProfile_announce_change" AFTER INSERT OR DELETE ON "MunicipalityProfile"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');
CREATE TRIGGER "MunicipalityProfile_announce_update" AFTER UPDATE ON "MunicipalityProfile"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');
CREATE TRIGGER "MunicipalityTranslation_announce_change" AFTER INSERT OR DELETE ON "MunicipalityTranslation"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');
CREATE TRIGGER "MunicipalityTranslation_announce_update" AFTER UPDATE ON "MunicipalityTranslation"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('organisations', 'municipalities');

-- Programme events: the events page and its data cache ("events", lib/events/queries.ts).
CREATE TRIGGER "InformationEvent_announce_change" AFTER INSERT OR DELETE ON "InformationEvent"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('events');
CREATE TRIGGER "InformationEvent_announce_update" AFTER UPDATE ON "InformationEvent"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('events');
CREATE TRIGGER "InformationEventTranslation_announce_change" AFTER INSERT OR DELETE ON "InformationEventTranslation"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('events');
CREATE TRIGGER "InformationEventTranslation_announce_update" AFTER UPDATE ON "InformationEventTranslation"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('events');
