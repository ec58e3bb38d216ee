// Phone numbers as applicants type them ("03-1234-5678" in Tokyo, "0201 12345" in
// Essen, "+81 3 …" from anywhere) become one E.164 number ("+81312345678"), read
// with the country of the company's headquarters. Server only: the numbering
// plans (libphonenumber-js "max" metadata, ~150 KB) stay out of the form's
// script; the browser checks only the shape and the server decides.
import "server-only";
import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

const KNOWN = new Set<string>(getCountries());

/** The E.164 form of `typed` read in `country` (ISO 3166 alpha-2), or undefined when it is no valid number there. */
export function normalisePhone(typed: string, country: string | undefined): string | undefined {
  const text = typed.normalize("NFKC").trim();
  if (text === "" || text.length > 40) return undefined;
  const defaultCountry = country && KNOWN.has(country) ? (country as CountryCode) : undefined;
  // A national number ("03-…") needs the country; an international one ("+81 …") carries its own.
  if (!text.startsWith("+") && !defaultCountry) return undefined;
  const phone = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
  return phone && phone.isValid() ? phone.number : undefined;
}

/** Where no headquarters is known yet, a national number is read in the country of the page's language. */
export function countryOfLocale(locale: string): string | undefined {
  return locale === "ja" ? "JP" : locale === "de" ? "DE" : undefined;
}

/** A stored number as people read it ("+81 3 1234 5678"); what cannot be read is shown as stored. */
export function displayPhone(stored: string): string {
  return parsePhoneNumberFromString(stored)?.formatInternational() ?? stored;
}
