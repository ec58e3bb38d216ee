-- The inbox's combined status + direction filter: one index to page and count through.
CREATE INDEX "Inquiry_status_direction_submittedAt_idx" ON "Inquiry"("status", "direction", "submittedAt" DESC);
