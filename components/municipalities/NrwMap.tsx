import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NRW_MAP, NRW_OUTLINE, PARTNER_AREAS } from "@/lib/municipalities/nrw-geometry";
import type { MunicipalitySummary } from "@/lib/municipalities/queries";

// The names stand in one column over the empty east of the state, top to bottom in
// an order whose leader lines do not cross; each is an HTML link at least 24 px
// high whatever the map's size (WCAG 2.5.8), and the text never shrinks with it.
const LABEL_ORDER = ["essen", "bochum", "krefeld", "duesseldorf", "rhein-kreis-neuss", "koeln", "aachen"];
const LABEL_X = 440;
const LABEL_TOP = 350;
const LABEL_STEP = 88;

const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`;

/**
 * North Rhine-Westphalia from the official boundaries with the partner areas and
 * their names. `decorative` draws the same picture without links, hidden from
 * assistive technology (the home page's hero).
 */
export async function NrwMap({ municipalities, highlighted, decorative = false }: { municipalities: MunicipalitySummary[]; highlighted?: Set<string>; decorative?: boolean }) {
  const t = await getTranslations("directory");
  const placed = LABEL_ORDER.flatMap((slug) => {
    const m = municipalities.find((x) => x.slug === slug);
    const area = PARTNER_AREAS[slug];
    return m && area ? [{ m, area }] : [];
  }).map((entry, i) => ({ ...entry, labelY: LABEL_TOP + i * LABEL_STEP, active: !highlighted || highlighted.has(entry.m.slug) }));

  const picture = (
    <div className="relative" style={{ aspectRatio: `${NRW_MAP.width} / ${NRW_MAP.height}` }}>
      <svg viewBox={`0 0 ${NRW_MAP.width} ${NRW_MAP.height}`} aria-hidden="true" focusable="false" className="absolute inset-0 h-full w-full">
        <path d={NRW_OUTLINE} fill="#e6eff8" stroke="#0b4f8a" strokeWidth="3" strokeLinejoin="round" />
        {placed.map(({ m, area, active }) => (
          <path key={m.slug} d={area.d} fill={active ? "#b9d2ea" : "#dfe6ee"} stroke="#ffffff" strokeWidth="2" />
        ))}
        {placed.map(({ m, area, labelY, active }) => (
          <g key={m.slug}>
            <path d={`M${area.x} ${area.y}L${LABEL_X} ${labelY}`} stroke={active ? "#4a5665" : "#a7b1bd"} strokeWidth="2.5" fill="none" />
            <circle cx={area.x} cy={area.y} r={active ? 13 : 9} fill={active ? "#b3261e" : "#8893a0"} stroke="#ffffff" strokeWidth="4" />
          </g>
        ))}
      </svg>
      <ul className="contents">
        {placed.map(({ m, labelY, active }) => {
          const style = { left: percent(LABEL_X, NRW_MAP.width), top: percent(labelY, NRW_MAP.height) };
          const look = `inline-flex min-h-6 min-w-6 items-center whitespace-nowrap rounded border bg-paper px-2 py-0.5 text-sm leading-tight ${
            active ? "border-ink font-semibold text-ink" : "border-line text-muted"
          }`;
          return (
            <li key={m.slug} className="absolute -translate-y-1/2" style={style}>
              {decorative ? (
                <span className={look}>{m.name}</span>
              ) : (
                <Link href={`/municipalities/${m.slug}`} className={`${look} no-underline hover:border-brand hover:text-brand hover:underline`}>
                  {m.name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );

  if (decorative) return <div aria-hidden="true">{picture}</div>;
  return (
    <figure className="rounded-lg border border-line bg-paper p-3">
      {picture}
      <figcaption className="mt-3 text-sm text-muted">
        {t("mapCaption")} <span className="block text-xs">{t("mapSource")}</span>
      </figcaption>
    </figure>
  );
}
