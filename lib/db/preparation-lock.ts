// The PostgreSQL advisory lock that makes start-up preparation (migrations, then
// the seed) happen once when several app instances start against one database at
// the same moment: the first takes it and prepares; the others wait for it, then
// find nothing left to do. /api/health/ready reads whether someone holds it
// (decision 0012).

/** Key of the lock: an arbitrary bigint that nothing else on the database uses. */
export const PREPARATION_LOCK_KEY = "7834501922650101";

/** Key of the lock around `next build` in `npm start`, for instances sharing one checkout. */
export const BUILD_LOCK_KEY = "7834501922650102";

/** Whether another session holds the lock right now: migrations or the seed are running. */
export const PREPARATION_RUNNING_SQL = `SELECT EXISTS (
  SELECT 1 FROM pg_locks
   WHERE locktype = 'advisory' AND granted
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ${PREPARATION_LOCK_KEY}::bigint
) AS running`;
