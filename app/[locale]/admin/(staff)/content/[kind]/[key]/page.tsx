import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorShell } from "@/components/admin/content/EditorShell";
import { EventFields, WithdrawalConfirmation } from "@/components/admin/content/EventFields";
import { ProfileFields } from "@/components/admin/content/ProfileFields";
import type { EventPayload } from "@/lib/content/event-schema";
import { eventHosts } from "@/lib/content/overview";
import { withdrawalAudience } from "@/lib/events/registration";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { loadEditor } from "@/lib/content/editor";
import type { ProfilePayload } from "@/lib/content/schemas";
import type { ContactKey, ContactPayload, FiguresPayload, LegalPayload } from "@/lib/content/site-schemas";
import { ContactFields, FiguresFields, LegalFields } from "@/components/admin/content/SiteFields";

type Props = { params: Promise<{ locale: Locale; kind: string; key: string }>; searchParams: Promise<{ result?: string | string[]; from?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contentAdmin" });
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/** The editor of one piece of public content; an account that may not edit it gets 404. */
export default async function ContentEditorPage({ params, searchParams }: Props) {
  const { locale, kind, key } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, `/${locale}/admin/content/${kind}/${key}`);
  const query = await searchParams;
  const editor = await loadEditor(staff, kind, decodeURIComponent(key), typeof query.result === "string" ? query.result : undefined);
  if (!editor) notFound();
  const t = await getTranslations("contentAdmin.editor");
  const shell = {
    locale,
    kind: editor.kind,
    entityKey: editor.key,
    versions: editor.versions,
    issues: editor.issues,
    result: typeof query.result === "string" ? query.result : undefined,
    restoredFrom: Number(query.from) || undefined,
    needsApproval: editor.needsApproval,
    mayApprove: can(staff, "content.editAll"),
  };
  switch (editor.kind) {
    case "profile": {
      const payload = editor.payload as ProfilePayload;
      return (
        <EditorShell {...shell} title={t("profileTitle", { name: payload.texts[locale].name || editor.key })} previewPath={`/admin/content/profile/${editor.key}/preview`}>
          <ProfileFields payload={payload} issues={editor.issues} />
        </EditorShell>
      );
    }
    case "event": {
      const payload = editor.payload as EventPayload;
      const hosts = await eventHosts(staff, locale);
      // How many registrants withdrawing the event would tell (the editor confirms it first).
      const audience = await withdrawalAudience(editor.key);
      return (
        <EditorShell {...shell} title={t("eventTitle", { name: payload.texts[locale].title || editor.key })} approveExtra={payload.listed ? undefined : <WithdrawalConfirmation audience={audience} issues={[]} inApproval />}>
          <EventFields payload={payload} issues={editor.issues} locale={locale} hosts={hosts} audience={audience} />
        </EditorShell>
      );
    }
    case "contact": {
      const tSite = await getTranslations("contentAdmin.site.contact");
      return (
        <EditorShell {...shell} title={t("contactTitle", { name: tSite(editor.key as ContactKey) })}>
          <ContactFields payload={editor.payload as ContactPayload} issues={editor.issues} />
        </EditorShell>
      );
    }
    case "legal":
      return (
        <EditorShell {...shell} title={t("legalTitle")}>
          <LegalFields payload={editor.payload as LegalPayload} issues={editor.issues} />
        </EditorShell>
      );
    case "figures":
      return (
        <EditorShell {...shell} title={t("figuresTitle")}>
          <FiguresFields payload={editor.payload as FiguresPayload} issues={editor.issues} />
        </EditorShell>
      );
    default:
      notFound();
  }
}
