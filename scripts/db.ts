// npm run db:migrate | db:seed: against DATABASE_URL, or the embedded PostgreSQL.
import { migrateDeploy } from "../lib/db/migrate.ts";
import { openDatabase, seedDatabase } from "./lib/database.ts";
import { onExit } from "./lib/processes.ts";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}

const database = await openDatabase();
const exit = onExit(() => database.stop());
await migrateDeploy(database.url);
if (command === "seed") await seedDatabase(database.url);
await exit(0);
