// npm run db:migrate | db:seed | db:retention: against DATABASE_URL, or the embedded PostgreSQL.
import { createPrismaClient } from "../lib/db/client.ts";
import { runRetention } from "../lib/dataprotection/retention.ts";
import { env } from "../lib/env.ts";
import { openDatabase, prepareDatabase } from "./lib/database.ts";
import { onExit } from "./lib/processes.ts";
import { logger } from "../lib/log.ts";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed" && command !== "retention") {
  process.stderr.write("usage: tsx scripts/db.ts migrate|seed|retention\n");
  process.exit(2);
}

const database = await openDatabase();
const exit = onExit(() => database.stop());
// Under the same locks as `npm start`, so an upgrade's migrations and starting instances never overlap.
await prepareDatabase(database.url, { seed: command === "seed" });
if (command === "retention") {
  // The daily job's work, once: counts only, never personal data.
  const prisma = createPrismaClient(database.url, 2);
  try {
    const report = await runRetention(prisma, { months: env.RETENTION_MONTHS, inboundMailDays: env.INBOUND_MAIL_RETENTION_DAYS, eventMonths: env.EVENT_RETENTION_MONTHS });
    logger("jobs").info({ job: "retention", months: env.RETENTION_MONTHS, anonymised: report.anonymised, closedInactive: report.closedInactive, draftsDeleted: report.draftsDeleted, inboundMailsDeleted: report.inboundMailsDeleted }, "retention run finished");
  } finally {
    await prisma.$disconnect();
  }
}
await exit(0);
