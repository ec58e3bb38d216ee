/** Every public page's path below the locale prefix, besides the municipality profiles. */
export const PUBLIC_PATHS = [
  "",
  "/municipalities",
  "/tokyo",
  "/events",
  "/about",
  "/inquiry",
  "/inquiry/status",
  "/imprint",
  "/privacy",
  "/accessibility",
  "/leichte-sprache",
] as const;
