// Facts of the privacy notice that other code must agree with.
import { env } from "@/lib/env";

/** Version of the notice on /privacy; the inquiry form stores it with each inquiry (one constant for both). */
export { PRIVACY_NOTICE_VERSION } from "@/lib/inquiries/schema";

/**
 * Months after an inquiry is closed until its personal data is anonymised: the retention job's period
 * (RETENTION_MONTHS); an open inquiry without activity for as long is closed and anonymised.
 */
export const ANONYMISE_AFTER_MONTHS = env.RETENTION_MONTHS;

/** Days after which a fetched reply e-mail is deleted, matched or not (INBOUND_MAIL_RETENTION_DAYS, decision 0019). */
export const UNMATCHED_MAIL_DELETED_AFTER_DAYS = env.INBOUND_MAIL_RETENTION_DAYS;
