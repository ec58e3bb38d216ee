-- The inbox's combined filter (status + direction, often with a sector) answered from the
-- index alone: with the id and the sectors in the index, counting up to 1,000 matches and
-- reading a page check the sector on the index entries instead of fetching every
-- candidate row. Measured on 100,000 inquiries (IN_PROGRESS + TOKYO_TO_NRW + digital):
-- the count 3.8 → 1.9 ms and the page 0.33 → 0.12 ms, warm; cold, the count read 745 table
-- blocks before and none after (bench figure 3, "filtered").
CREATE INDEX "Inquiry_status_direction_submittedAt_id_sectors_idx" ON "Inquiry"("status", "direction", "submittedAt" DESC, "id" DESC, "sectors");

-- Its prefix; the new index serves every query it served.
DROP INDEX "Inquiry_status_direction_submittedAt_idx";
