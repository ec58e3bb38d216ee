// The framework's ceiling for a public page: like /pad, but padded with words
// taken from the portal pages under test (German and Japanese as they are, with
// their frequencies), so that it has their text to encode and to compress. It
// still compresses a little better than they do (gzip 6.7–7.4x against 5.2–6.0x,
// measured 2026-11-24: less markup, fewer distinct words), so it errs on the
// framework's side. `npm run bench` writes the words to BENCH_PROSE_DIR/<key>.json; the
// key is their hash, so a page cached from an earlier run has the same words.
import fs from "node:fs";
import path from "node:path";
import { filler, requestedLength } from "../../../filler.js";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

function vocabulary(key) {
  const dir = process.env.BENCH_PROSE_DIR;
  if (!dir || !/^[0-9a-f]{16}$/.test(key)) throw new Error(`no word list for ${key}`);
  return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), "utf8"));
}

export default async function ProsePage({ params }) {
  const { key, bytes } = await params;
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>{filler(requestedLength(bytes), vocabulary(key))}</p>
    </main>
  );
}
