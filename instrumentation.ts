// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { watchSupervisor } = await import("./lib/server/supervision");
  watchSupervisor();
}
