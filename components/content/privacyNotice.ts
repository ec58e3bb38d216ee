// Facts of the privacy notice that other code must agree with.

/** Version of the notice on /privacy; the inquiry form stores it with each inquiry (one constant for both). */
export { PRIVACY_NOTICE_VERSION } from "@/lib/inquiries/schema";

/** Months after an inquiry is closed until its personal data is anonymised, as stated on /privacy. */
export const ANONYMISE_AFTER_MONTHS = 24;
