import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { STAFF_CONTROL, TitledSection } from "@/components/admin/kit";
import { RegistrationSettingsForm } from "@/components/events/RegistrationSettingsForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { EVENT_ZONES, formatEventRange } from "@/lib/events/format";
import { checkInAction, decideAction, settingsAction, writeAllAction } from "@/lib/events/host-actions";
import { hostEventDetail } from "@/lib/events/host";
import { REGISTRATION_STATUSES } from "@/lib/events/registration";
import { answerText } from "@/lib/events/questions";
import { storedSettings } from "@/lib/events/settings";
import { storedSettingsValues } from "@/lib/events/settings-form";
import { TOKYO_PARTNER_SLUG } from "@/lib/domain/catalog";
import { requirePermission } from "@/lib/auth/session";
import { localeTags } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registration.host" });
  return { title: t("list"), robots: { index: false, follow: false } };
}

const STATUSES = REGISTRATION_STATUSES;
const ERRORS = ["invalid", "notAllowed", "notFound", "unchanged"] as const;

/** One event's registrations for its hosts: counts, the list with answers and check-in, decisions, export, a message to all. */
export default async function HostEventPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const staff = await requirePermission(locale, "eventRegistration.manage", `/${locale}/admin/events/${slug}`);
  const detail = await hostEventDetail(staff, slug, locale);
  if (!detail) notFound();
  const t = await getTranslations("registration");
  const tEvents = await getTranslations("events");
  const query = await searchParams;
  const error = ERRORS.find((e) => e === query.error);
  const sent = typeof query.sent === "string" && /^\d+$/.test(query.sent) ? Number(query.sent) : undefined;
  const time = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const yesNo = { yes: t("fields.yes"), no: t("fields.no") };
  const settings = await storedSettings(detail.id);
  // Times in the form: the host's own zone first (the Tokyo partner enters Tokyo time).
  const zone = detail.hostSlug === TOKYO_PARTNER_SLUG ? "Asia/Tokyo" : "Europe/Berlin";
  const slotTimes = Object.fromEntries(
    (settings?.slots ?? []).map((s) => [s.id, EVENT_ZONES.map(({ zone: z, key }) => `${tEvents(key)}: ${formatEventRange(locale, z, s.startsAt, s.endsAt)}`).join(" / ")]),
  );
  const hidden = (id?: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="event" value={detail.slug} />
      {id && <input type="hidden" name="registration" value={id} />}
    </>
  );

  return (
    <div className="container-page py-8">
      <p>
        <a href={`/${locale}/admin/events`}>{t("host.title")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{detail.title}</h1>
      <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        {EVENT_ZONES.map(({ zone, key }) => (
          <div key={zone} className="contents">
            <dt className="font-semibold">{tEvents(key)}</dt>
            <dd>{formatEventRange(locale, zone, detail.startsAt, detail.endsAt)}</dd>
          </div>
        ))}
        <dt className="font-semibold">{t("host.capacity")}</dt>
        <dd>{detail.capacity ?? t("host.unlimited")}</dd>
      </dl>
      <p className="mt-3">
        <a href="#settings">{t("settings.jump")}</a>
      </p>

      {(error || sent !== undefined || query.done) && (
        <p role={error ? "alert" : "status"} className={`mt-6 rounded-md border-2 p-3 ${error ? "border-accent" : "border-ok"}`}>
          {error ? t(`host.errors.${error}`) : sent !== undefined ? t("host.sent", { count: sent }) : t("host.done")}
        </p>
      )}

      <TitledSection id="counts" title={t("host.counts")} className="mt-8">
        <dl className="mt-3 flex flex-wrap gap-4">
          {STATUSES.map((s) => (
            <div key={s} className="rounded-md border border-line px-4 py-2">
              <dt className="text-sm">{t(`manage.statusNames.${s}`)}</dt>
              <dd className="text-2xl font-bold tabular-nums">{detail.counts[s]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 flex flex-wrap gap-4">
          <a href={`/${locale}/admin/events/${detail.slug}/export?format=csv`} download>{`${t("host.export")}: ${t("host.exportCsv")}`}</a>
          <a href={`/${locale}/admin/events/${detail.slug}/export?format=xlsx`} download>{`${t("host.export")}: ${t("host.exportXlsx")}`}</a>
        </p>
      </TitledSection>

      <TitledSection id="registrations" title={t("host.list")} className="mt-10">
        {detail.registrations.length === 0 ? (
          <p className="mt-3">{t("host.empty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[64rem] border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-ink">
                  {(["name", "company", "email", "language", "direction", "slot", "answers", "status", "registeredAt", "checkedIn"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 text-start align-bottom">{t(`host.columns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {detail.registrations.map((r) => (
                  <tr key={r.id} className="border-b border-line align-top">
                    <th scope="row" className="px-2 py-2 text-start font-semibold wrap-anywhere">
                      <bdi>{r.name}</bdi>
                      {r.nameLatin && <span className="block font-normal"><bdi>{r.nameLatin}</bdi></span>}
                    </th>
                    <td className="px-2 py-2 wrap-anywhere">
                      <bdi>{r.company}</bdi>
                      {r.role && <span className="block text-muted"><bdi>{r.role}</bdi></span>}
                    </td>
                    <td className="px-2 py-2 break-all">{r.email}</td>
                    <td className="px-2 py-2">{r.locale}</td>
                    <td className="px-2 py-2">{t(`directions.${r.direction as "RESEARCH"}`)}</td>
                    <td className="px-2 py-2">{r.slot ? formatEventRange(locale, "Europe/Berlin", r.slot.startsAt, r.slot.endsAt) : ""}</td>
                    <td className="px-2 py-2 wrap-anywhere">
                      {detail.questions.length > 0 && (
                        <dl>
                          {detail.questions.map((q) => (
                            <div key={q.id}>
                              <dt className="font-semibold">{q.label[locale]}</dt>
                              <dd>{answerText(q, r.answers[q.id], locale, yesNo) || "–"}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      {t(`manage.statusNames.${r.status}`)}
                      {r.status === "PENDING" && !r.anonymised && (
                        <form action={decideAction} className="mt-2 space-y-1">
                          {hidden(r.id)}
                          <label htmlFor={`message-${r.id}`} className="block text-xs">{t("host.decisionMessage")}</label>
                          <input id={`message-${r.id}`} name="message" maxLength={5000} className={STAFF_CONTROL} />
                          <div className="flex gap-2">
                            <button type="submit" name="decision" value="confirm" className="button-primary cursor-pointer text-xs">{t("host.confirm")}</button>
                            <button type="submit" name="decision" value="decline" className="button-secondary cursor-pointer text-xs">{t("host.decline")}</button>
                          </div>
                        </form>
                      )}
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{time.format(r.createdAt)}</td>
                    <td className="px-2 py-2">
                      {r.checkedInAt && <span className="block">{t("host.checkedInAt", { time: time.format(r.checkedInAt) })}</span>}
                      {r.status === "CONFIRMED" && (
                        <form action={checkInAction}>
                          {hidden(r.id)}
                          <input type="hidden" name="present" value={r.checkedInAt ? "no" : "yes"} />
                          <button type="submit" className="cursor-pointer text-xs font-semibold underline">
                            {r.checkedInAt ? t("host.undoCheckIn") : t("host.checkIn")}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </TitledSection>

      <TitledSection id="write-all" title={t("host.writeAll")} className="mt-10 max-w-2xl">
        <p className="mt-2">{t("host.writeAllHint")}</p>
        <form action={writeAllAction} className="mt-3">
          {hidden()}
          <label htmlFor="write-all-message" className="font-semibold">{t("host.message")}</label>
          <textarea id="write-all-message" name="message" required maxLength={5000} rows={6} className={STAFF_CONTROL} />
          <button type="submit" className="button-primary mt-3 cursor-pointer">{t("host.send")}</button>
        </form>
      </TitledSection>

      {settings && (
        <TitledSection id="settings" title={t("settings.title")} className="mt-10 max-w-4xl">
          <p className="mt-2">{t("settings.lead")}</p>
          <ClientMessages only={["registration.settings", "inquiryErrors.summaryTitle"]}>
            <RegistrationSettingsForm locale={locale} slug={detail.slug} stored={storedSettingsValues(settings, zone)} slotTimes={slotTimes} action={settingsAction} />
          </ClientMessages>
        </TitledSection>
      )}
    </div>
  );
}
