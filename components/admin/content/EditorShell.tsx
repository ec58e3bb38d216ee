// The frame every content editor shares: title, result or error summary, the gateway's
// approval of a submitted version, the form with its kind's fields and the save / publish
// buttons, the preview links and the version history.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { EditorResult, ErrorSummary, VersionHistory } from "@/components/admin/content/EditorParts";
import { approveContentAction, saveContentAction } from "@/lib/content/actions";
import type { ContentIssue, ContentKind } from "@/lib/content/schemas";
import type { Version } from "@/lib/content/versions";
import { Link } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

export type EditorShellProps = {
  locale: Locale;
  kind: ContentKind;
  entityKey: string;
  title: string;
  versions: Version[];
  issues: ContentIssue[];
  result?: string;
  restoredFrom?: number;
  /** The account's versions wait for the gateway's approval. */
  needsApproval: boolean;
  /** The account may approve submitted versions (the gateway). */
  mayApprove: boolean;
  /** Shown in the approval form above its button (an event's withdrawal confirmation). */
  approveExtra?: ReactNode;
  /** Where the preview of this content is (below the locale), if it has one. */
  previewPath?: string;
  children: ReactNode;
};

export async function EditorShell(props: EditorShellProps) {
  const { locale, kind, entityKey, versions, issues } = props;
  const t = await getTranslations("contentAdmin");
  const tLanguages = await getTranslations("contentAdmin.languageNames");
  const current = versions[0]!;
  const state = t(`history.states.${current.state}`);
  return (
    <div className="container-page py-8">
      <p className="text-sm">
        <Link href="/admin/content">{t("editor.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{props.title}</h1>
      <p className="mt-3 max-w-3xl">{t("editor.lead")}</p>
      {props.needsApproval && <p className="mt-2 max-w-3xl">{t("leadApproval")}</p>}
      {issues.length ? <ErrorSummary issues={issues} /> : <EditorResult result={props.result} from={props.restoredFrom} />}
      {props.mayApprove && current.state === "SUBMITTED" && (
        <form action={approveContentAction} className="mt-4 rounded-md border-2 border-brand p-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="key" value={entityKey} />
          <input type="hidden" name="number" value={current.number} />
          <p>{t("editor.approveLead", { number: current.number, name: current.createdByLabel })}</p>
          {props.approveExtra}
          <button type="submit" className="button-primary mt-2 cursor-pointer">
            {t("editor.approve", { number: current.number })}
          </button>
        </form>
      )}
      <p className="mt-4 text-muted">{t("editor.current", { number: current.number, state })}</p>
      {props.previewPath && (
        <p className="mt-2 flex flex-wrap gap-x-4">
          {locales.map((l) => (
            <a key={l} href={`/${l}${props.previewPath}`} hrefLang={l}>
              {t("editor.previewIn", { language: tLanguages(l) })}
            </a>
          ))}
        </p>
      )}
      <form action={saveContentAction} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="key" value={entityKey} />
        {props.children}
        <div className="mt-8 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="draft" className="button-secondary cursor-pointer">
            {t("editor.saveDraft")}
          </button>
          <button type="submit" name="intent" value="publish" className="button-primary cursor-pointer">
            {props.needsApproval ? t("editor.submit") : t("editor.publish")}
          </button>
        </div>
      </form>
      <VersionHistory locale={locale} kind={kind} entityKey={entityKey} versions={versions} mayRestore />
    </div>
  );
}
