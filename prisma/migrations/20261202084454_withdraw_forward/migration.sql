-- The gateway withdraws a pending forward (issue #17): its own timeline event.
ALTER TYPE "InquiryEventType" ADD VALUE 'WITHDRAWN';
