import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ResultBanner, STAFF_CONTROL, StaffTextField, TitledSection } from "@/components/admin/kit";
import { SelectField } from "@/components/ui/SelectField";
import { listStaffAccounts, partnerOrganisations } from "@/lib/auth/accounts";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { inviteStaffAction, resendInvitationAction, setActiveAction, setContentEditorAction } from "@/lib/auth/staff-actions";
import { can } from "@/lib/auth/permissions";
import { organisationLabels } from "@/lib/organisations/names";
import { languageName } from "@/lib/i18n/language-names";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[] }> };

const STAFF_RESULTS = ["updated", "self", "deactivated", "editorGranted", "editorRevoked"] as const;
const INVITE_RESULTS = ["invited", "resent", "invalid", "emailTaken", "organisationRequired", "notInvited"] as const;
const ROLES = ["ADMIN", "GATEWAY", "PARTNER", "PROGRAMME_OWNER"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.staff" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function StaffAccountsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requirePermission(locale, "staff.manage", `/${locale}/admin/staff`);
  const t = await getTranslations("admin.staff");
  const tInvite = await getTranslations("account.invite");
  const requested = (await searchParams).result;
  const staffResult = STAFF_RESULTS.find((r) => r === requested);
  const inviteResult = INVITE_RESULTS.find((r) => r === requested);
  const result = staffResult ?? inviteResult;
  const [users, organisations, names] = await Promise.all([listStaffAccounts(db()), partnerOrganisations(db()), organisationLabels(locale)]);
  const mayGrant = can(admin, "staff.grantContentEditor");
  const ok = result === "updated" || result === "deactivated" || result === "editorGranted" || result === "editorRevoked" || result === "invited" || result === "resent";

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {result && (
        <ResultBanner ok={ok}>{staffResult ? t(`result.${staffResult}`) : inviteResult && tInvite(`result.${inviteResult}`)}</ResultBanner>
      )}

      <TitledSection id="accounts" title={t("list")} className="mt-8">
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                {(["name", "email", "role", "organisation", "state", "contentEditor"] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 text-start">
                    {t(c)}
                  </th>
                ))}
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">{t("deactivate")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-line">
                  <td className="px-2 py-2 wrap-anywhere">{u.name}</td>
                  <td className="px-2 py-2 break-all">{u.email}</td>
                  <td className="px-2 py-2">{t(`roles.${u.role}`)}</td>
                  <td className="px-2 py-2">{u.organisation ? names.organisation(u.organisation) : "–"}</td>
                  <td className="px-2 py-2">{!u.active ? t("inactive") : u.accounts.length ? t("active") : tInvite("invited")}</td>
                  <td className="px-2 py-2">
                    {u.role === "GATEWAY" ? (
                      t("editorByRole")
                    ) : (
                      <>
                        {u.contentEditor ? t("editorYes") : t("editorNo")}
                        {mayGrant && (
                          <form action={setContentEditorAction}>
                            <input type="hidden" name="locale" value={locale} />
                            <input type="hidden" name="userId" value={u.id} />
                            <input type="hidden" name="contentEditor" value={String(!u.contentEditor)} />
                            <button type="submit" className="cursor-pointer text-brand underline" aria-label={`${u.contentEditor ? t("revokeEditor") : t("grantEditor")}: ${u.email}`}>
                              {u.contentEditor ? t("revokeEditor") : t("grantEditor")}
                            </button>
                          </form>
                        )}
                      </>
                    )}
                  </td>
                  <td className="px-2 py-2 text-end">
                    {u.active && !u.accounts.length && (
                      <form action={resendInvitationAction} className="mb-1">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="userId" value={u.id} />
                        <button type="submit" className="cursor-pointer text-brand underline" aria-label={`${tInvite("resend")}: ${u.email}`}>
                          {tInvite("resend")}
                        </button>
                      </form>
                    )}
                    {u.id !== admin.userId && (
                      <form action={setActiveAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="userId" value={u.id} />
                        <input type="hidden" name="active" value={String(!u.active)} />
                        <button type="submit" className="cursor-pointer text-brand underline" aria-label={`${u.active ? t("deactivate") : t("activate")}: ${u.email}`}>
                          {u.active ? t("deactivate") : t("activate")}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TitledSection>

      <TitledSection id="invite" title={tInvite("heading")} className="mt-10 max-w-xl">
        <p className="mt-2">{tInvite("lead")}</p>
        <form action={inviteStaffAction} className="mt-4 space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <StaffTextField id="invite-name" label={tInvite("name")} name="name" required maxLength={200} autoComplete="off" />
          <StaffTextField id="invite-email" label={tInvite("email")} name="email" type="email" required maxLength={320} autoComplete="off" />
          <SelectField id="invite-role" name="role" label={tInvite("role")} value="PARTNER" selectClassName={STAFF_CONTROL} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <SelectField
            id="invite-organisation"
            name="organisationId"
            label={tInvite("organisation")}
            value=""
            emptyLabel={t("noOrganisation")}
            selectClassName={STAFF_CONTROL}
            options={names.sorted(organisations).map((o) => ({ value: o.id, label: names.organisation(o) }))}
          />
          <SelectField
            id="invite-locale"
            name="inviteLocale"
            label={tInvite("language")}
            value={locale}
            selectClassName={STAFF_CONTROL}
            options={routing.locales.map((l) => ({ value: l, label: languageName(l, locale) }))}
          />
          <button type="submit" className="button-primary cursor-pointer">
            {tInvite("submit")}
          </button>
        </form>
      </TitledSection>
    </div>
  );
}
