import { getTranslations } from "next-intl/server";
import type { MunicipalityProfile } from "@/lib/municipalities/queries";

export async function MunicipalityContact({ municipality: m }: { municipality: MunicipalityProfile }) {
  const t = await getTranslations("profile");
  return (
    <section aria-labelledby="contact-heading" className="rounded-lg border border-line p-5">
      <h2 id="contact-heading" className="text-lg font-semibold">
        {t("contact")}
      </h2>
      <address className="mt-2 not-italic">
        <span className="block font-semibold">{m.organisationName}</span>
        {m.contactName && <span className="block">{m.contactName}</span>}
        {m.street && <span className="block">{m.street}</span>}
        {(m.postcode || m.city) && <span className="block">{[m.postcode, m.city].filter(Boolean).join(" ")}</span>}
        <dl className="mt-3 space-y-1">
          {m.phone && (
            <div>
              <dt className="inline font-semibold">{t("phone")}: </dt>
              <dd className="inline">
                <a href={`tel:${m.phone.replace(/[^+\d]/g, "")}`}>{m.phone}</a>
              </dd>
            </div>
          )}
          {m.email && (
            <div>
              <dt className="inline font-semibold">{t("email")}: </dt>
              <dd className="inline break-all">
                <a href={`mailto:${m.email}`}>{m.email}</a>
              </dd>
            </div>
          )}
          {m.website && (
            <div>
              <dt className="inline font-semibold">{t("website")}: </dt>
              <dd className="inline break-all">
                <a href={m.website} rel="noopener">
                  {m.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </address>
      <p className="mt-4 text-sm text-muted">{t("contactNote")}</p>
    </section>
  );
}
