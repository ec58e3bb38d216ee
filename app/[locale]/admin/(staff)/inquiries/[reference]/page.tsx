import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionPanel } from "@/components/admin/ActionPanel";
import { Conversation } from "@/components/admin/Conversation";
import { ResultBanner, STAFF_CONTROL, TitledSection } from "@/components/admin/kit";
import { Field } from "@/components/ui/Field";
import { InquiryAnswers } from "@/components/admin/InquiryAnswers";
import { SlaBadge } from "@/components/admin/SlaBadge";
import { Timeline } from "@/components/admin/Timeline";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { allowedActions, closeClosesInquiry, isOpen } from "@/lib/domain/workflow";
import { pairSeparator } from "@/lib/i18n/lists";
import { Link } from "@/lib/i18n/navigation";
import { localeTags } from "@/lib/i18n/routing";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { withdrawAction } from "@/lib/casework/actions";
import { NotesPanel } from "@/components/admin/NotesPanel";
import { OwnerPanel } from "@/components/admin/OwnerPanel";
import { forwardWait } from "@/lib/casework/forward-reminders";
import { staleSince } from "@/lib/casework/filters";
import { env } from "@/lib/env";
import { ReadingBar } from "@/components/admin/ReadingBar";
import { readingFor } from "@/lib/translation/reading";
import { scriptLocale } from "@/lib/translation/texts";
import { organisationLabels } from "@/lib/organisations/names";

type Props = {
  params: Promise<{ locale: Locale; reference: string }>;
  searchParams: Promise<{ result?: string | string[]; message?: string | string[]; original?: string | string[]; translation?: string | string[] }>;
};

const RESULTS = ["done", "closed", "ownerSaved", "conflict", "notAllowed", "invalidTargets", "noTargets", "invalid", "notColleague"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: reference.slice(0, 20), robots: { index: false, follow: false } };
}

export default async function InquiryPage({ params, searchParams }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, `/${locale}/admin/inquiries/${encodeURIComponent(reference)}`);
  const detail = await loadInquiryDetail(staff, reference);
  // Another organisation's inquiry does not exist for a partner: the same 404 as a wrong reference.
  if (!detail) notFound();
  const { inquiry } = detail;
  const t = await getTranslations("admin");
  const tConversation = await getTranslations("conversation.staff");
  const tDataProtection = await getTranslations("dataProtection");
  const names = await organisationLabels(locale);
  const query = await searchParams;
  const requested = query.result;
  const result = RESULTS.find((r) => r === requested);
  const own = inquiry.assignments.find((a) => a.organisationId === staff.organisationId && isOpen(a.state));
  const actions = inquiry.anonymisedAt ? [] : allowedActions(inquiry.status, { role: staff.role, ownAssignment: own?.state });
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  const now = new Date();
  const quietSince = await staleSince(inquiry, now);
  // The reader's language and the translations they may read (lib/translation/, decision 0028).
  const reading = await readingFor(staff, detail, locale, query.original === "1");

  return (
    <div className="container-page py-8">
      <p>
        <Link href="/admin/inquiries">{t("detail.back")}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold wrap-anywhere">
        {inquiry.reference}
        {!inquiry.anonymisedAt && (
          <>
            {pairSeparator(locale)}
            <bdi lang={scriptLocale(inquiry.companyName) ?? undefined}>{inquiry.companyName}</bdi>
          </>
        )}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <span className="rounded bg-ink px-2 py-0.5 text-sm font-semibold text-white">{t(`status.${inquiry.status}`)}</span>
        <span>{t("detail.received", { date: when.format(inquiry.submittedAt) })}</span>
        <SlaBadge submittedAt={inquiry.submittedAt} firstResponseAt={inquiry.firstResponseAt} />
        {inquiry.anonymisedAt && (
          <span className="rounded border-2 border-ink px-2 py-0.5 text-sm font-semibold">{tDataProtection("anonymisedOn", { date: when.format(inquiry.anonymisedAt) })}</span>
        )}
      </p>
      <ReadingBar reading={reading} result={typeof query.translation === "string" ? query.translation : undefined} />
      {quietSince && (
        <p className="mt-3 max-w-3xl border-s-4 border-ink ps-3">
          {t("lifecycle.staleNotice", { date: when.format(quietSince), months: env.RETENTION_MONTHS, outcome: t("outcomes.no-answer") })}
        </p>
      )}
      {can(staff, "applicantData.manage") && !inquiry.anonymisedAt && (
        <p className="mt-2">
          <Link href={`/admin/data-protection?reference=${inquiry.reference}`}>{tDataProtection("detailLink")}</Link>
        </p>
      )}
      {result && (
        <ResultBanner ok={result === "done" || result === "closed" || result === "ownerSaved"}>
          {result === "noTargets" || result === "invalidTargets" ? (
            <a href="#forward-targets" className="font-semibold text-accent underline">
              {t(`detail.result.${result}`)}
            </a>
          ) : (
            t(`detail.result.${result}`)
          )}
        </ResultBanner>
      )}

      <div className="mt-8 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-10">
          <TitledSection id="conversation" title={tConversation("title")}>
            <Conversation locale={locale} staff={staff} detail={detail} sent={query.message === "sent"} reading={reading} />
          </TitledSection>
          <TitledSection id="answers" title={t("detail.answers")}>
            <div className="mt-4">
              <InquiryAnswers locale={locale} detail={detail} organisation={staff.organisation ? names.organisation(staff.organisation) : "–"} reading={reading} />
            </div>
          </TitledSection>
          <TitledSection id="timeline" title={t("detail.timeline")}>
            <div className="mt-4">
              <Timeline locale={locale} detail={detail} reading={reading} />
            </div>
          </TitledSection>
        </div>
        <div className="min-w-0 space-y-10">
          <TitledSection id="actions" title={t("detail.actions")}>
            <div className="mt-4">
              <ActionPanel locale={locale} detail={detail} actions={actions} closesInquiry={closeClosesInquiry({ role: staff.role })} forwardError={result === "noTargets" || result === "invalidTargets" ? t(`detail.result.${result}`) : undefined} />
            </div>
          </TitledSection>
          {own && (
            <TitledSection id="owner" title={t("owner.title")}>
              <OwnerPanel locale={locale} staff={staff} detail={detail} />
            </TitledSection>
          )}
          <TitledSection id="assignments" title={t("detail.assignments")}>
            <ul className="mt-3 space-y-1">
              {inquiry.assignments.map((a) => (
                <li key={a.id}>
                  <span className="font-semibold">{names.organisation(a.organisation)}</span>: {t(`assignment.${a.state}`)}
                  {isOpen(a.state) && (
                    <>
                      {" · "}
                      {a.owner ? t("owner.inAssignment", { name: a.owner.active ? a.owner.name : t("owner.deactivated", { name: a.owner.name }) }) : t("owner.inAssignmentNone")}
                    </>
                  )}
                  {a.state === "PENDING" && (
                    <PendingWait assignedAt={a.assignedAt} remindedAt={a.remindedAt} kind={a.organisation.kind} now={now} when={when} t={t} />
                  )}
                  {a.state === "PENDING" && a.organisation.kind !== "GATEWAY" && can(staff, "inquiry.forward") && !inquiry.anonymisedAt && (
                    <form action={withdrawAction} className="mt-2 rounded-md border border-line p-3">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="reference" value={inquiry.reference} />
                      <input type="hidden" name="version" value={inquiry.version} />
                      <input type="hidden" name="organisationId" value={a.organisationId} />
                      <Field id={`withdraw-${a.id}`} name="reason" label={
                          <>
                            {t("withdraw.title", { organisation: names.organisation(a.organisation) })}
                            <span className="block font-normal">{t("withdraw.reason")}</span>
                          </>
                        } labelClassName="block text-sm font-semibold">
                        <textarea id={`withdraw-${a.id}`} name="reason" rows={2} required minLength={3} maxLength={2000} className={STAFF_CONTROL} />
                      </Field>
                      <button type="submit" className="button-secondary mt-2 cursor-pointer !py-1.5">
                        {t("withdraw.submit")}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </TitledSection>
          <TitledSection id="notes" title={t("detail.notes")}>
            <NotesPanel locale={locale} staff={staff} detail={detail} reading={reading} />
          </TitledSection>
        </div>
      </div>
    </div>
  );
}

/** How long a forward has waited (the receiver's business days), whether that is overdue, and when its staff were reminded. */
function PendingWait({ assignedAt, remindedAt, kind, now, when, t }: {
  assignedAt: Date; remindedAt: Date | null; kind: OrganisationKind; now: Date; when: Intl.DateTimeFormat; t: Awaited<ReturnType<typeof getTranslations<"admin">>>;
}) {
  const { waited, overdue } = forwardWait(assignedAt, kind, env.FORWARD_ACCEPT_BUSINESS_DAYS, now);
  return (
    <>
      {" · "}
      {t("assignment.waiting", { days: waited })}
      {overdue && (
        <>
          {" "}
          <span className="rounded bg-[#fde8e6] px-1.5 py-0.5 text-sm font-semibold text-accent">{t("lifecycle.overdue")}</span>
        </>
      )}
      {remindedAt && <span className="block text-sm text-muted">{t("lifecycle.reminded", { date: when.format(remindedAt) })}</span>}
    </>
  );
}
