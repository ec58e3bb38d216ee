// Runs before every npm script that starts the portal or its tools, on whatever
// Node.js is on PATH, so it is plain CommonJS that any version can read. It lets
// the script go on on a supported Node.js, and otherwise ends at once with one line:
// the version found, the version needed, and the README's command that fixes it.
// Usage: node scripts/require-node.cjs [range]   range: "start" (default) or "test".
"use strict";

// Node 20.19+ and 22.12+ load ES modules with require() (Next.js, Prisma and pg-boss
// rely on it); the test runners (vitest 5, vite 8) need 22.12+.
var RANGES = {
  start: { text: "20.19+, 22.12+ or 24 (24 LTS recommended)", ok: function (major, minor) { return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23; } },
  test: { text: "22.12+ or 24 (24 LTS recommended)", ok: function (major, minor) { return (major === 22 && minor >= 12) || major >= 23; } },
};
var FIX = 'npm install --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/node_modules/.bin:$PATH"';

var range = RANGES[process.argv[2] || "start"];
var parts = process.versions.node.split(".");
if (!range.ok(Number(parts[0]), Number(parts[1]))) {
  console.error("Node.js " + process.versions.node + " found, this needs Node.js " + range.text + "; fix: " + FIX);
  process.exit(1);
}
