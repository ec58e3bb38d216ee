import { getTranslations } from "next-intl/server";
import { closeCaseAction, workflowAction } from "@/lib/casework/actions";
import { isOpen, type WorkflowAction } from "@/lib/domain/workflow";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { Field } from "@/components/ui/Field";
import { CloseCaseForm } from "@/components/admin/CloseCaseForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { organisationLabels } from "@/lib/organisations/names";

const SMALL_LABEL = "block text-sm font-semibold";

/** `forwardError`: why the last forward was refused, shown at (and linked to) the list of recipients. */
type Props = { locale: string; detail: InquiryDetail; actions: WorkflowAction[]; forwardError?: string; closesInquiry: boolean };

/** One small form per allowed action; each carries the version it was rendered from. */
export async function ActionPanel({ locale, detail, actions, forwardError, closesInquiry }: Props) {
  const t = await getTranslations("admin");
  const names = await organisationLabels(locale);
  const { inquiry, organisations } = detail;
  const holding = new Set(inquiry.assignments.filter((a) => isOpen(a.state)).map((a) => a.organisationId));
  const targets = names.sorted(organisations.filter((o) => o.kind !== "GATEWAY" && !holding.has(o.id)));
  const hidden = (action: WorkflowAction) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={inquiry.reference} />
      <input type="hidden" name="version" value={inquiry.version} />
      <input type="hidden" name="action" value={action} />
    </>
  );

  if (actions.length === 0) return <p>{t("detail.noActions")}</p>;
  return (
    <div className="space-y-4">
      {actions.map((action) => {
        switch (action) {
          case "forward":
            return (
              <form key={action} action={workflowAction} className="rounded-md border border-line p-3">
                {hidden(action)}
                <fieldset
                  id="forward-targets"
                  tabIndex={-1}
                  aria-describedby={forwardError ? "forward-targets-error" : undefined}
                  className={forwardError ? "rounded-md border-s-4 border-accent ps-3" : undefined}
                >
                  <legend className="font-semibold">
                    {t("detail.forwardTo")} <span className="font-normal">{t("detail.required")}</span>
                  </legend>
                  {forwardError && (
                    <p id="forward-targets-error" className="mt-1 font-semibold text-accent">
                      {forwardError}
                    </p>
                  )}
                  <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                    {targets.map((o) => (
                      <li key={o.id}>
                        <label className="inline-flex items-center gap-2">
                          <input type="checkbox" name="target" value={o.id} className="h-4 w-4" />
                          {names.organisation(o)}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <Field id="forward-note" name="note" label={t("detail.forwardNote")} labelClassName={SMALL_LABEL} className="mt-3">
                  <textarea id="forward-note" name="note" rows={2} maxLength={2000} className={STAFF_CONTROL} />
                </Field>
                <button type="submit" className="button-primary mt-3 cursor-pointer !py-1.5">
                  {t("actions.forward")}
                </button>
              </form>
            );
          case "return":
            return (
              <form key={action} action={workflowAction} className="rounded-md border border-line p-3">
                {hidden(action)}
                <Field id="return-reason" name="reason" label={t("detail.returnReason")} labelClassName={SMALL_LABEL}>
                  <textarea id="return-reason" name="reason" rows={2} required minLength={3} maxLength={2000} className={STAFF_CONTROL} />
                </Field>
                <button type="submit" className="button-secondary mt-3 cursor-pointer !py-1.5">
                  {t("actions.return")}
                </button>
              </form>
            );
          case "close":
            return (
              <ClientMessages key={action} only={["admin.close", "admin.outcomes"]}>
                <CloseCaseForm
                  locale={locale}
                  reference={inquiry.reference}
                  version={inquiry.version}
                  scope={closesInquiry ? "inquiry" : "part"}
                  action={closeCaseAction}
                />
              </ClientMessages>
            );
          default:
            return (
              <form key={action} action={workflowAction}>
                {hidden(action)}
                <button type="submit" className="button-primary cursor-pointer !py-1.5">
                  {t(`actions.${action}`)}
                </button>
              </form>
            );
        }
      })}
    </div>
  );
}
