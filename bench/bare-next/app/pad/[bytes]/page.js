// A page rendered on first request and then served from the full-route cache,
// like the portal's force-static pages, padded with text to a requested size.
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

const WORDS = ["market", "entry", "tokyo", "nordrhein", "westfalen", "company", "partner", "inquiry", "research", "service", "location", "sector", "digital", "machinery", "logistics", "energy"];

/** Deterministic word salad: compresses like prose, not like a run of one letter. */
function filler(length) {
  let seed = 42;
  let text = "";
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += WORDS[seed % WORDS.length] + " ";
  }
  return text.slice(0, length);
}

export default async function PaddedPage({ params }) {
  const { bytes } = await params;
  const length = Math.max(0, Math.min(2_000_000, Number.parseInt(bytes, 10) || 0));
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>{filler(length)}</p>
    </main>
  );
}
