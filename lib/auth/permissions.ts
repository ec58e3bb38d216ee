// The one table of who may do what. Pages, Server Actions and route handlers
// ask `can(staff, permission)`; nothing else decides access.
import type { StaffRole } from "../generated/prisma/enums.ts";

export const PERMISSIONS = [
  /** See every inquiry (GATEWAY) ... */
  "inquiry.readAll",
  /** ... or only those forwarded to one's own organisation (PARTNER). */
  "inquiry.readAssigned",
  "inquiry.triage",
  "inquiry.forward",
  /** Accept or return an inquiry forwarded to one's organisation. */
  "inquiry.respond",
  /** Move an accepted inquiry through the workflow and close it. */
  "inquiry.work",
  "inquiry.note",
  /** Name the organisation's owner of a case it holds (workflow.ts: mayAssignOwner says when). */
  "inquiry.assign",
  /** Write to the applicant (lib/conversation/); workflow.ts says when the organisation holds the case. */
  "inquiry.message",
  /** Write or correct a translation of a case's text one may read, and ask the engine again (lib/translation/). */
  "inquiry.translate",
  "inquiry.export",
  /** The gateway's list "unmatched mail": read, file on a case by reference, discard (lib/conversation/inbound/). */
  "inboundMail.manage",
  /** The dashboard: the gateway's over every inquiry, a partner's over its own (the same scope as reading). */
  "dashboard.view",
  /** The programme report (lib/reporting/): aggregated, small cells suppressed, never an applicant's data. */
  "report.view",
  "outbox.read",
  "staff.manage",
  /** Give or take back the content editor's grant (User.contentEditor, CONTENT_EDITOR_PERMISSIONS below) on the staff page. */
  "staff.grantContentEditor",
  "applicantData.manage",
  /** Choose one's own notifications (lib/notifications/preferences.ts): those who receive them. */
  "notifications.manage",
  /** Edit and publish every piece of public content, and approve partners' changes (lib/content/access.ts). */
  "content.editAll",
  /** Edit one's own organisation's public content: its profile, its events, the Tokyo partner its contact (lib/content/access.ts). */
  "content.editOwn",
  /** Registrations for information events (lib/events/host.ts): the gateway's for every event, a partner's for the events its organisation hosts. */
  "eventRegistration.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  GATEWAY: [
    "inquiry.readAll",
    "inquiry.triage",
    "inquiry.forward",
    "inquiry.work",
    "inquiry.note",
    "inquiry.assign",
    "inquiry.message",
    "inquiry.translate",
    "inquiry.export",
    "inboundMail.manage",
    "dashboard.view",
    "report.view",
    "outbox.read",
    "applicantData.manage",
    "notifications.manage",
    "content.editAll",
    "eventRegistration.manage",
  ],
  // A partner's dashboard covers its own organisation's inquiries (lib/casework/dashboard.ts).
  PARTNER: ["inquiry.readAssigned", "inquiry.respond", "inquiry.work", "inquiry.note", "inquiry.assign", "inquiry.message", "inquiry.translate", "notifications.manage", "dashboard.view", "content.editOwn", "eventRegistration.manage"],
  // Administrators manage accounts, not cases: no access to applicants' data, and no public
  // content unless the account is also given the content editor's grant (below).
  ADMIN: ["staff.manage", "staff.grantContentEditor"],
  // The ministry's and the Tokyo Metropolitan Government's readers: the report and nothing that names an applicant.
  PROGRAMME_OWNER: ["report.view"],
};

/**
 * What the content editor's grant (User.contentEditor) adds to any role: the public
 * content, nothing else. It is how an administrator becomes an editor without seeing cases.
 */
export const CONTENT_EDITOR_PERMISSIONS: readonly Permission[] = ["content.editAll"];

/** Roles whose accounts must have TOTP two-factor authentication before they may do anything. */
export const ROLES_REQUIRING_TWO_FACTOR: readonly StaffRole[] = ["ADMIN"];

export type StaffPrincipal = { userId: string; role: StaffRole; organisationId: string | null; twoFactorEnabled: boolean; contentEditor?: boolean };

/** What the permission checks know of a signed-in account. */
export function principalOf(user: { id: string; role: StaffRole; organisationId: string | null; twoFactorEnabled: boolean | null; contentEditor?: boolean }): StaffPrincipal {
  return { userId: user.id, role: user.role, organisationId: user.organisationId, twoFactorEnabled: user.twoFactorEnabled === true, contentEditor: user.contentEditor === true };
}

/** True while the account may reach only the enrolment page (and sign-out). */
export function mustEnrolTwoFactor(staff: StaffPrincipal): boolean {
  return ROLES_REQUIRING_TWO_FACTOR.includes(staff.role) && !staff.twoFactorEnabled;
}

/** What the table grants a role; `can()` also asks whether the account may act at all. */
export function roleMay(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function can(staff: StaffPrincipal | null | undefined, permission: Permission): boolean {
  if (!staff || mustEnrolTwoFactor(staff)) return false;
  return roleMay(staff.role, permission) || (staff.contentEditor === true && CONTENT_EDITOR_PERMISSIONS.includes(permission));
}

export function canReadInquiries(staff: StaffPrincipal | null | undefined): boolean {
  return can(staff, "inquiry.readAll") || can(staff, "inquiry.readAssigned");
}
