import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfileView } from "@/components/municipalities/ProfileView";
import { requireStaff } from "@/lib/auth/session";
import { loadEditor } from "@/lib/content/editor";
import { editorPath } from "@/lib/content/form";
import { profilePreview } from "@/lib/content/preview";
import type { ProfilePayload } from "@/lib/content/schemas";

type Props = { params: Promise<{ locale: Locale; kind: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contentAdmin.editor" });
  return { title: t("preview"), robots: { index: false, follow: false } };
}

/** The newest version (usually a draft) as the public page will show it, in this page's language. */
export default async function ContentPreviewPage({ params }: Props) {
  const { locale, kind, key } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, `/${locale}/admin/content/${kind}/${key}/preview`);
  const editor = await loadEditor(staff, kind, decodeURIComponent(key));
  if (!editor || editor.kind !== "profile") notFound();
  const current = editor.versions[0]!;
  const m = await profilePreview(editor.key, editor.payload as ProfilePayload, locale);
  if (!m) notFound();
  const t = await getTranslations("contentAdmin");
  return (
    <div className="container-page py-10">
      <div role="note" className="rounded-md border-2 border-warn bg-mist p-3">
        <p>{t("preview.banner", { number: current.number, state: t(`history.states.${current.state}`) })}</p>
        <a href={editorPath(locale, editor.kind, editor.key)}>{t("preview.back")}</a>
      </div>
      <ProfileView m={m} />
    </div>
  );
}
