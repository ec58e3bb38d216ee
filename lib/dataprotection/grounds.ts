// Why an inquiry's personal data is anonymised. Plain data: the erasure form (a
// client component) lists the reasons, the anonymisation routine stores the ground.

/** Why an inquiry was anonymised; stored on its ANONYMISED event. */
export const ANONYMISATION_GROUNDS = ["retention", "request", "consentWithdrawn", "objection", "unlawful"] as const;
export type AnonymisationGround = (typeof ANONYMISATION_GROUNDS)[number];

/** Grounds staff can choose when erasing on request (retention is the job's). */
export const ERASURE_REASONS = ANONYMISATION_GROUNDS.filter((g): g is Exclude<AnonymisationGround, "retention"> => g !== "retention");
export type ErasureReason = (typeof ERASURE_REASONS)[number];
