import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ResultBanner, STAFF_CONTROL } from "@/components/admin/kit";
import { createEventAction } from "@/lib/content/actions";
import { requireStaff } from "@/lib/auth/session";
import { needsApproval } from "@/lib/content/versions";
import { contentOverview, eventHosts, mayUseContentArea } from "@/lib/content/overview";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[]; slug?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contentAdmin" });
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/** The content area's start: what this account may maintain, and what waits for the gateway's approval. */
export default async function ContentOverviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, `/${locale}/admin/content`);
  if (!mayUseContentArea(staff)) notFound();
  const t = await getTranslations("contentAdmin");
  const format = await getFormatter();
  const { profiles, waiting, site, events } = await contentOverview(staff);
  const hosts = await eventHosts(staff, locale);
  const query = await searchParams;
  const result = query.result;
  const typedSlug = typeof query.slug === "string" ? query.slug : "";
  const slugError = result === "eventTaken" || result === "eventInvalid" ? t(`result.${result}`) : undefined;
  const titleOf = (e: (typeof events)[number]) => e.titles.find((x) => x.locale === locale)?.title || e.titles.find((x) => x.title)?.title || e.slug;
  const nameOf = (p: (typeof profiles)[number]) => p.names.find((n) => n.locale === locale)?.name ?? p.shortName;
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {needsApproval(staff) && <p className="mt-2 max-w-3xl">{t("leadApproval")}</p>}
      {result === "notFound" && <ResultBanner ok={false}>{t("result.notFound")}</ResultBanner>}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className="mt-8">
          <h2 id="waiting-heading" className="text-2xl font-bold">
            {t("waiting")}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {waiting.map((w) => (
              <li key={`${w.kind}-${w.entityKey}-${w.number}`}>
                <a href={`/${locale}/admin/content/${w.kind}/${encodeURIComponent(w.entityKey)}`}>
                  {t("waitingItem", { entity: w.entityKey, number: w.number, name: w.createdByLabel, date: format.dateTime(w.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {site.length > 0 && (
        <section aria-labelledby="site-heading" className="mt-8">
          <h2 id="site-heading" className="text-2xl font-bold">
            {t("site.heading")}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {site.map((s) => (
              <li key={`${s.kind}-${s.key}`}>
                <Link href={`/admin/content/${s.kind}/${s.key}`}>{t(`site.${s.label}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profiles.length > 0 && (
        <section aria-labelledby="profiles-heading" className="mt-8">
          <h2 id="profiles-heading" className="text-2xl font-bold">
            {t("profiles")}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {profiles.map((p) => (
              <li key={p.slug}>
                <Link href={`/admin/content/profile/${p.slug}`}>{t("edit", { name: nameOf(p) })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hosts.length > 0 && (
        <section aria-labelledby="events-heading" className="mt-8">
          <h2 id="events-heading" className="text-2xl font-bold">
            {t("events.heading")}
          </h2>
          {events.length > 0 && (
            <ul className="mt-3 space-y-1">
              {events.map((e) => (
                <li key={e.slug}>
                  <Link href={`/admin/content/event/${e.slug}`}>{t("edit", { name: titleOf(e) })}</Link>{" "}
                  <span className="text-muted">
                    ({e.startsAt ? `${format.dateTime(e.startsAt, { dateStyle: "medium", timeZone: "Europe/Berlin" })}, ` : ""}
                    {t(`events.state.${e.state}`)})
                  </span>
                </li>
              ))}
            </ul>
          )}
          <form id="new-event" action={createEventAction} className="mt-6 max-w-xl rounded-md border border-line p-4" tabIndex={-1}>
            <input type="hidden" name="locale" value={locale} />
            <h3 className="text-xl font-semibold">{t("events.new")}</h3>
            <label htmlFor="new-event-slug" className="mt-3 block font-semibold">
              {t("events.slug")}
            </label>
            <p id="new-event-slug-hint" className="text-sm text-muted">
              {t("events.slugHint")}
            </p>
            <input
              id="new-event-slug"
              name="slug"
              required
              maxLength={80}
              pattern="[a-z0-9][a-z0-9\-]{1,78}[a-z0-9]"
              defaultValue={typedSlug}
              aria-invalid={slugError ? true : undefined}
              aria-describedby={slugError ? "new-event-slug-hint new-event-slug-error" : "new-event-slug-hint"}
              className={STAFF_CONTROL}
            />
            {slugError && (
              <p id="new-event-slug-error" role="alert" className="mt-1 font-semibold text-accent">
                {slugError}
              </p>
            )}
            <label htmlFor="new-event-host" className="mt-3 block font-semibold">
              {t("fields.hostSlug")}
            </label>
            <select id="new-event-host" name="hostSlug" className={STAFF_CONTROL}>
              {hosts.map((h) => (
                <option key={h.slug} value={h.slug}>
                  {h.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button-primary mt-4 cursor-pointer">
              {t("events.create")}
            </button>
          </form>
        </section>
      )}
      {profiles.length + site.length + hosts.length === 0 && <p className="mt-8">{t("nothing")}</p>}
    </div>
  );
}
