-- Staff maintain the public content themselves (issue #19, decision 0025): versions of
-- every piece of content, the published programme contacts, legal details and key
-- figures, and the content editor's grant for administrators.
ALTER TABLE "User" ADD COLUMN "contentEditor" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "ContentVersion" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdById" TEXT,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByLabel" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "restoredFrom" INTEGER,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ContentVersion_kind_entityKey_number_key" ON "ContentVersion"("kind", "entityKey", "number");
CREATE INDEX "ContentVersion_state_createdAt_idx" ON "ContentVersion"("state", "createdAt");

CREATE TABLE "SiteContent" (
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SiteContent_pkey" PRIMARY KEY ("key")
);

-- The pages that show it (imprint, privacy, Tokyo page, home, about) read it through the
-- tag "site-content"; a change from anywhere reaches every instance (decision 0015).
CREATE TRIGGER "SiteContent_announce_change" AFTER INSERT OR DELETE ON "SiteContent"
  FOR EACH ROW EXECUTE FUNCTION portal_announce_invalidation('site-content');
CREATE TRIGGER "SiteContent_announce_update" AFTER UPDATE ON "SiteContent"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION portal_announce_invalidation('site-content');
