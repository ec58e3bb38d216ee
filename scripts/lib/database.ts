// The scripts' view of the database: provide it, migrate it, seed it.
import { env, shouldSeedDemo } from "../../lib/env.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { migrateDeploy } from "./db/migrate.ts";
import { provideDatabase, type ProvidedDatabase } from "./db/runtime.ts";
import { seed } from "../../prisma/seed/index.ts";

export function openDatabase(): Promise<ProvidedDatabase> {
  return provideDatabase({ externalUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

export async function seedDatabase(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    const demo = shouldSeedDemo();
    const report = await seed(prisma, { demo, demoPassword: env.DEMO_PASSWORD });
    const created = Object.entries(report).filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`);
    console.log(`[db] seed${demo ? " (demo mode)" : ""}: ${created.length ? created.join(", ") : "nothing new"}`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Migrations, then seed: what every start does before serving. */
export async function prepareDatabase(url: string): Promise<void> {
  await migrateDeploy(url);
  await seedDatabase(url);
}
