// The submission ceiling: one plain INSERT per request into the same database.
import pg from "pg";

export const dynamic = "force-dynamic";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

export async function POST(request) {
  const body = await request.text();
  const { rows } = await pool.query("INSERT INTO bench_insert (payload) VALUES ($1) RETURNING id", [body]);
  return Response.json({ id: rows[0].id }, { status: 201 });
}
