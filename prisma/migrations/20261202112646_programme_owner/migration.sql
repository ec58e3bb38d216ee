-- The programme report's readers (issue #21): the NRW ministry and the Tokyo Metropolitan
-- Government see aggregated figures only (lib/auth/permissions.ts, decision 0024).
ALTER TYPE "StaffRole" ADD VALUE 'PROGRAMME_OWNER';
