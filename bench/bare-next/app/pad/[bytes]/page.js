// A page rendered on first request and then served from the full-route cache,
// like the portal's force-static pages, padded with text to a requested size.
// Its 16 ASCII words need no UTF-8 encoding and compress three to four times
// better than the portal's German and Japanese pages (gzip 17–24x against 5–6x,
// measured 2026-11-24): the bench reports it for reference only; the ceiling it
// quotes is /prose, padded with the pages' own words.
import { filler, requestedLength } from "../../filler.js";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

const WORDS = ["market", "entry", "tokyo", "nordrhein", "westfalen", "company", "partner", "inquiry", "research", "service", "location", "sector", "digital", "machinery", "logistics", "energy"];

export default async function PaddedPage({ params }) {
  const { bytes } = await params;
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>{filler(requestedLength(bytes), WORDS)}</p>
    </main>
  );
}
