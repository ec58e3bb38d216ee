// Bundles the portal's own browser scripts (outside Next.js's build): the question
// pages' script (lib/inquiries/step-script.ts, decision 0031), minified, for the
// browsers the README names, into public/generated/ under a content-hashed name.
// Run by scripts/lib/build.ts and `npm run build` before `next build`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { GENERATED_DIR, STEP_SCRIPT_PREFIX } from "../lib/inquiries/step-script-asset.ts";
import { root } from "./lib/paths.ts";

/** Next.js's own browser targets (README "Browser support"). */
const TARGETS = ["chrome111", "edge111", "firefox111", "safari16.4"];

export async function buildAssets(): Promise<void> {
  const outdir = path.join(root, "public", GENERATED_DIR);
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { [STEP_SCRIPT_PREFIX.replace(/-$/, "")]: path.join(root, "lib", "inquiries", "step-script.ts") },
    entryNames: "[name]-[hash]",
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    target: TARGETS,
    legalComments: "none",
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildAssets();
