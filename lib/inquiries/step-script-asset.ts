// Where the question pages' script (step-script.ts, decision 0031) is built to and
// served from: public/generated/inquiry-step-<hash>.js, written by
// scripts/build-assets.ts before `next build`, named by its content so that it can be
// cached for a year (next.config.ts). Imported by the route cache handler at run time:
// erasable syntax only.
import fs from "node:fs";
import path from "node:path";

/** The folder below public/ (its name keeps it out of the build's source fingerprint and out of git). */
export const GENERATED_DIR = "generated";
export const STEP_SCRIPT_PREFIX = "inquiry-step-";
const FILE = new RegExp(`^${STEP_SCRIPT_PREFIX}[A-Z0-9]+\\.js$`);

/** The script's address, or undefined when it was not built (the steps then keep Next.js's client code). */
export function stepScriptPath(root: string): string | undefined {
  const dir = path.join(root, "public", GENERATED_DIR);
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((name) => FILE.test(name)) : undefined;
  return file && `/${GENERATED_DIR}/${file}`;
}
