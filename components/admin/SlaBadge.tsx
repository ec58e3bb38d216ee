import { getTranslations } from "next-intl/server";
import { slaState } from "@/lib/domain/business-days";
import { env } from "@/lib/env";

const STYLES = {
  answered: "bg-mist text-muted",
  ok: "bg-brand-soft text-brand-dark",
  dueSoon: "bg-[#fff4d6] text-warn",
  overdue: "bg-[#fde8e6] text-accent",
} as const;

export async function SlaBadge({ submittedAt, firstResponseAt }: { submittedAt: Date; firstResponseAt: Date | null }) {
  const t = await getTranslations("admin.sla");
  const { state, days } = slaState(submittedAt, firstResponseAt, env.REPLY_BUSINESS_DAYS);
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLES[state]}`}>
      {t(state, { days, target: env.REPLY_BUSINESS_DAYS })}
    </span>
  );
}
