import "server-only";
// Reading the outbox table: what the portal sent or would have sent.
import { db } from "../db/client.ts";

/** The newest mails first, at most `limit`. */
export function recentMails(limit = 100) {
  return db().outboundMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
