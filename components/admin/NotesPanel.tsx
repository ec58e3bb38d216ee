import { getTranslations } from "next-intl/server";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { Field } from "@/components/ui/Field";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { noteAction } from "@/lib/casework/actions";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { defaultNoteVisibility, NOTE_VISIBILITIES } from "@/lib/domain/notes";
import { pairSeparator } from "@/lib/i18n/lists";
import { localeTags, type Locale } from "@/lib/i18n/routing";
import { TranslatedText } from "@/components/admin/TranslatedText";
import type { Reading } from "@/lib/translation/reading";
import { organisationLabels } from "@/lib/organisations/names";

/**
 * The internal notes the viewer may read (the loader leaves out other organisations'
 * private ones), each marked shared or private, and the form to write one with its
 * visibility chosen visibly (lib/domain/notes.ts preselects it by role).
 */
export async function NotesPanel({ locale, staff, detail, reading }: { locale: Locale; staff: Staff; detail: InquiryDetail; reading?: Reading }) {
  const t = await getTranslations("admin");
  const { inquiry } = detail;
  const labels = await organisationLabels(locale);
  const names = new Map(detail.organisations.map((o) => [o.id, labels.organisation(o)]));
  const own = staff.organisation ? labels.organisation(staff.organisation) : "–";
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  const preselected = defaultNoteVisibility(staff.role);
  return (
    <>
      <p className="mt-1 text-sm text-muted">{t("detail.notesHint")}</p>
      {inquiry.notes.length === 0 ? (
        <p className="mt-3">{t("detail.noNotes")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {inquiry.notes.map((n) => (
            <li key={n.id} className={`rounded-md p-3 ${n.visibility === "ORGANISATION" ? "border-2 border-ink bg-paper" : "bg-mist"}`}>
              <p className="text-sm font-semibold">
                {n.visibility === "ORGANISATION"
                  ? t("notes.badgeORGANISATION", { organisation: (n.organisationId && names.get(n.organisationId)) || own })
                  : t("notes.badgeSHARED")}
              </p>
              {reading ? (
                <TranslatedText reading={reading} source="NOTE" sourceId={n.id} text={n.body} lang={null} className="mt-1" />
              ) : (
                <p className="mt-1 whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">{n.body}</p>
              )}
              <p className="mt-1 text-sm text-muted">
                <bdi>{n.authorLabel}</bdi>
                {pairSeparator(locale)}
                {when.format(n.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {can(staff, "inquiry.note") && !inquiry.anonymisedAt && (
        <form action={noteAction} className="mt-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="reference" value={inquiry.reference} />
          <Field id="note-body" name="body" label={t("detail.noteLabel")}>
            <textarea id="note-body" name="body" rows={3} required maxLength={5000} className={STAFF_CONTROL} />
          </Field>
          <fieldset className="mt-3">
            <legend className="text-sm font-semibold">{t("notes.legend")}</legend>
            <div className="mt-1 space-y-1">
              {NOTE_VISIBILITIES.map((v) => (
                <label key={v} className="flex items-start gap-2">
                  <input type="radio" name="visibility" value={v} defaultChecked={v === preselected} className="mt-1 h-4 w-4" />
                  <span>{t(`notes.${v}`, { organisation: own })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button-secondary mt-3 cursor-pointer !py-1.5">
            {t("detail.addNote")}
          </button>
        </form>
      )}
    </>
  );
}
