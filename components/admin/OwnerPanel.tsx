import { getTranslations } from "next-intl/server";
import { STAFF_CONTROL } from "@/components/admin/kit";
import type { Staff } from "@/lib/auth/session";
import { ownerAction } from "@/lib/casework/actions";
import { colleaguesOf } from "@/lib/casework/ownership";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { isOpen, mayAssignOwner } from "@/lib/domain/workflow";
import type { Locale } from "@/lib/i18n/routing";
import { organisationLabels } from "@/lib/organisations/names";

/**
 * The viewer's organisation's owner of the case (lib/casework/ownership.ts): who it is,
 * "Assign to me", and a choice of active colleagues or nobody. Two plain forms: no
 * JavaScript needed. Each carries the owner it was rendered with (a change in between
 * is a conflict, not an overwrite).
 */
export async function OwnerPanel({ locale, staff, detail }: { locale: Locale; staff: Staff; detail: InquiryDetail }) {
  const t = await getTranslations("admin.owner");
  const { inquiry } = detail;
  const own = inquiry.assignments.find((a) => a.organisationId === staff.organisationId && isOpen(a.state));
  if (!own || !staff.organisationId || inquiry.anonymisedAt) return null;
  const organisation = (await organisationLabels(locale)).organisation(own.organisation);
  const owner = own.owner;
  const mayAssign = mayAssignOwner(inquiry.status, { role: staff.role, ownAssignment: own.state });
  const colleagues = mayAssign ? await colleaguesOf(staff.organisationId) : [];
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={inquiry.reference} />
      <input type="hidden" name="expectedOwnerId" value={owner?.id ?? ""} />
    </>
  );
  return (
    <div className="mt-3 space-y-3">
      <p data-testid="own-owner">
        {owner ? t("current", { organisation, name: owner.active ? owner.name : t("deactivated", { name: owner.name }) }) : t("none", { organisation })}
      </p>
      {mayAssign && owner?.id !== staff.userId && (
        <form action={ownerAction}>
          {hidden}
          <input type="hidden" name="ownerId" value={staff.userId} />
          <button type="submit" className="button-primary cursor-pointer !py-1.5">
            {t("assignToMe")}
          </button>
        </form>
      )}
      {mayAssign && (
        <form action={ownerAction} className="rounded-md border border-line p-3">
          {hidden}
          <label htmlFor="owner-select" className="block text-sm font-semibold">
            {t("choose", { organisation })}
          </label>
          <select id="owner-select" name="ownerId" defaultValue={owner?.id ?? ""} className={STAFF_CONTROL}>
            <option value="">{t("nobody")}</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button-secondary mt-2 cursor-pointer !py-1.5">
            {t("submit")}
          </button>
        </form>
      )}
    </div>
  );
}
