// Facts of the privacy notice that other code must agree with.

/** Version of the notice on /privacy. The inquiry form stores it with each inquiry; change both together. */
export const PRIVACY_NOTICE_VERSION = "2026-01";

/** Months after an inquiry is closed until its personal data is anonymised, as stated on /privacy. */
export const ANONYMISE_AFTER_MONTHS = 24;
