import "server-only";
// One clear line at start-up while the imprint's legal details are not all published
// (issue #19): in production the imprint would show "to be added" to every visitor.
import { env } from "../env.ts";
import { errorText, logger } from "../log.ts";
import { storedLegal } from "./site.ts";
import { missingLegalDetails } from "./site-schemas.ts";

export async function warnAboutUnfilledLegalDetails(): Promise<void> {
  if (env.NODE_ENV !== "production") return;
  try {
    const missing = missingLegalDetails(await storedLegal());
    if (missing.length) {
      logger("content").warn({ missing }, `legal details unfilled: the imprint shows "to be added" for ${missing.join(", ")}; the gateway publishes them at /de/admin/content/legal/imprint`);
    }
  } catch (error) {
    logger("content").error({ error: errorText(error) }, "could not check the legal details at start-up");
  }
}
