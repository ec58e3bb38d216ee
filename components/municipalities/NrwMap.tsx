import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { MunicipalitySummary } from "@/lib/municipalities/queries";

// A schematic outline of North Rhine-Westphalia (not to scale), 0..100 in both axes.
const OUTLINE =
  "M18,20 L30,12 L44,14 L52,6 L66,8 L74,4 L84,12 L92,10 L96,22 L90,34 L96,46 L88,58 L80,60 L74,72 L62,76 L54,88 L40,90 L30,98 L18,94 L10,86 L4,78 L8,66 L14,56 L12,44 L16,32 Z";
// Where a name goes relative to its marker, where the default (right) would collide.
const LABEL_ABOVE = new Set(["essen"]);
const RHINE = "M30,98 Q32,82 34,70 Q30,60 30,52 Q26,44 22,36 Q18,28 16,22";

/** Partner locations on a hand-drawn map; every marker is a link with a text alternative. */
export async function NrwMap({ municipalities, highlighted }: { municipalities: MunicipalitySummary[]; highlighted?: Set<string> }) {
  const t = await getTranslations("directory");
  return (
    <figure className="rounded-lg border border-line bg-paper p-3">
      <svg viewBox="0 0 100 100" role="group" aria-labelledby="nrw-map-title" className="h-auto w-full">
        <title id="nrw-map-title">{t("mapTitle")}</title>
        <path d={OUTLINE} fill="#e6eff8" stroke="#0b4f8a" strokeWidth="0.6" />
        <path d={RHINE} fill="none" stroke="#7aa7d6" strokeWidth="1" strokeDasharray="2 1" aria-hidden="true" />
        {municipalities.map((m) => {
          const active = !highlighted || highlighted.has(m.slug);
          const labelLeft = m.mapX > 70;
          const above = LABEL_ABOVE.has(m.slug);
          return (
            <Link key={m.slug} href={`/municipalities/${m.slug}`} aria-label={t("mapMarker", { name: m.name })}>
              <circle cx={m.mapX} cy={m.mapY} r={active ? 2.6 : 1.8} fill={active ? "#b3261e" : "#8893a0"} stroke="#fff" strokeWidth="0.6" />
              <text
                x={above ? m.mapX : labelLeft ? m.mapX - 3.5 : m.mapX + 3.5}
                y={above ? m.mapY - 4 : m.mapY + 1.2}
                fontSize="3.4"
                textAnchor={above ? "middle" : labelLeft ? "end" : "start"}
                fill={active ? "#15202b" : "#4a5665"}
                fontWeight={active ? 600 : 400}
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth="0.8"
              >
                {m.name}
              </text>
            </Link>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">{t("mapCaption")}</figcaption>
    </figure>
  );
}
