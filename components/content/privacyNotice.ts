// Facts of the privacy notice that other code must agree with.
import { env } from "@/lib/env";
import { engineFrom } from "@/lib/translation/engines";

/** Version of the notice on /privacy; the inquiry form stores it with each inquiry (one constant for both). */
export { PRIVACY_NOTICE_VERSION } from "@/lib/inquiries/schema";

/**
 * Months after an inquiry is closed until its personal data is anonymised: the retention job's period
 * (RETENTION_MONTHS); an open inquiry without activity for as long is closed and anonymised.
 */
export const ANONYMISE_AFTER_MONTHS = env.RETENTION_MONTHS;

/** Days after which a fetched reply e-mail is deleted, matched or not (INBOUND_MAIL_RETENTION_DAYS, decision 0019). */
export const UNMATCHED_MAIL_DELETED_AFTER_DAYS = env.INBOUND_MAIL_RETENTION_DAYS;

/** The translation engine in use (TRANSLATE_URL, DEEPL_API_KEY), named in the notice; null: staff translate by hand (decision 0028). */
export const TRANSLATION_ENGINE = engineFrom(env)?.name ?? null;

/** Months after an information event until its registrations are anonymised (EVENT_RETENTION_MONTHS, decision 0029). */
export const EVENT_REGISTRATIONS_ANONYMISED_AFTER_MONTHS = env.EVENT_RETENTION_MONTHS;
