// A contact of the programme (NRW.Global Business, the Tokyo partner, the data protection
// officer) as published in the content area; nothing at all until it is published.
import { getLocale, getTranslations } from "next-intl/server";
import { publishedContact } from "@/lib/content/site";
import type { ContactKey } from "@/lib/content/site-schemas";
import type { Locale } from "@/lib/i18n/routing";

export async function ProgrammeContact({ contact, className }: { contact: ContactKey; className?: string }) {
  const c = await publishedContact(contact);
  if (!c) return null;
  const t = await getTranslations("programmeContact");
  const locale = (await getLocale()) as Locale;
  const text = c.texts[locale];
  const id = `contact-${contact}-heading`;
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-line p-5 ${className ?? ""}`} data-testid={`contact-${contact}`}>
      <h2 id={id} className="text-lg font-semibold">
        {t(contact)}
      </h2>
      <address className="mt-2 not-italic">
        <span className="block font-semibold">{text.name}</span>
        {c.contactName && <span className="block">{c.contactName}</span>}
        <dl className="mt-2 space-y-1">
          {c.phone && (
            <div>
              <dt className="inline font-semibold">{t("phone")}: </dt>
              <dd className="inline">
                <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a>
              </dd>
            </div>
          )}
          {c.email && (
            <div>
              <dt className="inline font-semibold">{t("email")}: </dt>
              <dd className="inline break-all">
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </dd>
            </div>
          )}
          {c.website && (
            <div>
              <dt className="inline font-semibold">{t("website")}: </dt>
              <dd className="inline break-all">
                <a href={c.website} rel="noopener">
                  {c.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </address>
      {text.note && <p className="mt-3 text-sm text-muted">{text.note}</p>}
    </section>
  );
}
