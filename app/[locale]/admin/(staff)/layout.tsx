import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getStaff, rememberUiLocale } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { signOutAction } from "@/lib/auth/sign-in-actions";
import { unmatchedCount } from "@/lib/conversation/inbound/unmatched";
import { organisationLabels } from "@/lib/organisations/names";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function StaffLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Each page checks the session and permission itself (and sends visitors to sign in
  // with the way back); the layout only shows who is signed in.
  const staff = await getStaff();
  if (!staff) return children;
  await rememberUiLocale(staff, locale);
  const t = await getTranslations("admin.nav");
  const tDashboard = await getTranslations("dashboard");
  const tDataProtection = await getTranslations("dataProtection");
  const tAccount = await getTranslations("account");
  const tUnmatched = await getTranslations("conversation.unmatched");
  // The gateway sees at a glance that mails wait in its list (an indexed count).
  const waitingMails = can(staff, "inboundMail.manage") ? await unmatchedCount() : 0;
  const tConversation = await getTranslations("conversation.savedReplies");
  const tReport = await getTranslations("report");
  const tContent = await getTranslations("contentAdmin");
  const tRegistration = await getTranslations("registration.host");
  return (
    <div>
      <nav aria-label={t("label")} className="border-b border-line bg-ink text-white">
        <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-2 py-2 text-sm">
          {(can(staff, "inquiry.readAll") || can(staff, "inquiry.readAssigned")) && (
            <Link href="/admin/inquiries" className="font-semibold text-white hover:text-brand-soft">
              {t("inbox")}
            </Link>
          )}
          {can(staff, "dashboard.view") && (
            <Link href="/admin/dashboard" className="font-semibold text-white hover:text-brand-soft">
              {tDashboard("nav")}
            </Link>
          )}
          {can(staff, "inquiry.message") && (
            <Link href="/admin/saved-replies" className="font-semibold text-white hover:text-brand-soft">
              {tConversation("nav")}
            </Link>
          )}
          {can(staff, "report.view") && (
            <Link href="/admin/report" className="font-semibold text-white hover:text-brand-soft">
              {tReport("nav")}
            </Link>
          )}
          {can(staff, "eventRegistration.manage") && (
            <Link href="/admin/events" className="font-semibold text-white hover:text-brand-soft">
              {tRegistration("nav")}
            </Link>
          )}
          {(can(staff, "content.editAll") || can(staff, "content.editOwn")) && (
            <Link href="/admin/content" className="font-semibold text-white hover:text-brand-soft">
              {tContent("nav")}
            </Link>
          )}
          {can(staff, "outbox.read") && (
            <Link href="/admin/outbox" className="font-semibold text-white hover:text-brand-soft">
              {t("outbox")}
            </Link>
          )}
          {can(staff, "inboundMail.manage") && (
            <Link href="/admin/unmatched-mail" className="font-semibold text-white hover:text-brand-soft">
              {tUnmatched("nav")}
              {waitingMails > 0 && (
                <span className="ms-1.5 rounded bg-accent px-1.5 py-0.5 text-xs text-white">
                  <span aria-hidden="true">{waitingMails}</span>
                  <span className="sr-only">{tUnmatched("navWaiting", { count: waitingMails })}</span>
                </span>
              )}
            </Link>
          )}
          {can(staff, "applicantData.manage") && (
            <Link href="/admin/data-protection" className="font-semibold text-white hover:text-brand-soft">
              {tDataProtection("nav")}
            </Link>
          )}
          {can(staff, "staff.manage") && (
            <Link href="/admin/staff" className="font-semibold text-white hover:text-brand-soft">
              {t("staff")}
            </Link>
          )}
          <Link href="/admin/account" className="font-semibold text-white hover:text-brand-soft">
            {tAccount("nav")}
          </Link>
          <span className="ms-auto">{t("signedInAs", { name: staff.name, organisation: staff.organisation ? (await organisationLabels(locale)).organisation(staff.organisation) : (staff.role === "PROGRAMME_OWNER" ? tReport("ownerLabel") : t("noOrganisation")) })}</span>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="cursor-pointer rounded border border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-ink">
              {t("signOut")}
            </button>
          </form>
        </div>
      </nav>
      {children}
    </div>
  );
}
