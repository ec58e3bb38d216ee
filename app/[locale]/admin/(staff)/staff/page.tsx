import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SelectField } from "@/components/ui/SelectField";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createStaffAction, setActiveAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[] }> };

const RESULTS = ["created", "updated", "invalid", "passwordTooShort", "passwordTooLong", "passwordCommon", "emailTaken", "organisationRequired", "self"] as const;
const ROLES = ["ADMIN", "GATEWAY", "PARTNER"] as const;

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
  const requested = (await searchParams).result;
  const result = RESULTS.find((r) => r === requested);
  const [users, organisations] = await Promise.all([
    db().user.findMany({ orderBy: [{ active: "desc" }, { email: "asc" }], include: { organisation: { select: { shortName: true } } } }),
    db().organisation.findMany({ where: { kind: { in: ["MUNICIPALITY", "TOKYO_PARTNER"] }, active: true }, orderBy: { shortName: "asc" } }),
  ]);
  const field = "mt-1 block w-full rounded-md border border-muted bg-paper px-2 py-1.5";
  const ok = result === "created" || result === "updated";

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {result && (
        <p id="result" role={ok ? "status" : "alert"} className={`mt-4 rounded-md border-2 p-3 ${ok ? "border-ok" : "border-accent"}`}>
          {t(`result.${result}`)}
        </p>
      )}

      <section aria-labelledby="accounts-heading" className="mt-8">
        <h2 id="accounts-heading" className="text-2xl font-bold">
          {t("list")}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                {(["name", "email", "role", "organisation", "state"] as const).map((c) => (
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
                  <td className="px-2 py-2">{u.organisation?.shortName ?? "–"}</td>
                  <td className="px-2 py-2">{u.active ? t("active") : t("inactive")}</td>
                  <td className="px-2 py-2 text-end">
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
      </section>

      <section aria-labelledby="create-heading" className="mt-10 max-w-xl">
        <h2 id="create-heading" className="text-2xl font-bold">
          {t("create")}
        </h2>
        <form action={createStaffAction} className="mt-4 space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <div>
            <label htmlFor="new-name" className="font-semibold">
              {t("name")}
            </label>
            <input id="new-name" name="name" required maxLength={200} autoComplete="off" className={field} />
          </div>
          <div>
            <label htmlFor="new-email" className="font-semibold">
              {t("email")}
            </label>
            <input id="new-email" name="email" type="email" required maxLength={320} autoComplete="off" className={field} />
          </div>
          <SelectField id="new-role" name="role" label={t("role")} value="PARTNER" selectClassName={field} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <SelectField
            id="new-organisation"
            name="organisationId"
            label={t("organisation")}
            value=""
            emptyLabel={t("noOrganisation")}
            selectClassName={field}
            options={organisations.map((o) => ({ value: o.id, label: o.shortName }))}
          />
          <div>
            <label htmlFor="new-password" className="font-semibold">
              {t("password")}
            </label>
            <input id="new-password" name="password" type="password" required minLength={12} autoComplete="new-password" className={field} />
          </div>
          <button type="submit" className="button-primary cursor-pointer">
            {t("create")}
          </button>
        </form>
      </section>
    </div>
  );
}
