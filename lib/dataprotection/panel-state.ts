// What the data-protection page's forms get back from their Server Actions.
// Plain data only: it crosses from the server to the client component.

export type ApplicantPanelInquiry = {
  reference: string;
  status: string;
  submittedAt: string;
  closedAt: string | null;
  companyName: string;
  contactName: string;
};

export type ApplicantPanelResult = "notFound" | "invalidEmail" | "notAllowed" | "confirmRequired" | "erased";

export type ApplicantPanelState = {
  /** The normalised address that was looked up. */
  email?: string;
  /** What was typed when it was not a valid address. */
  emailInput?: string;
  inquiries?: ApplicantPanelInquiry[];
  /** How many event registrations under the address still hold personal data. */
  registrations?: number;
  result?: ApplicantPanelResult;
  /** References anonymised by an erasure. */
  erased?: string[];
};
