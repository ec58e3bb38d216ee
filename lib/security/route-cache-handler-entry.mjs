// What next.config.ts names as the route cache handler. Next.js imports that file
// itself at run time, outside its bundles, so it must be plain JavaScript on every
// supported Node.js: Node 22.18+ and 24 strip TypeScript types natively, Node 20.19+
// and older 22s cannot (`Unknown file extension ".ts"`). There tsx (a dependency the
// scripts already run on) loads the handler, scoped to this one import. The build
// traces this file, so tsx is named in a way the bundler does not follow (it would
// try to bundle esbuild's binary).
const TSX_API = "tsx/esm/api";

const handler = process.features.typescript
  ? await import("./route-cache-handler.ts")
  : await (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ TSX_API)).tsImport("./route-cache-handler.ts", import.meta.url);

export default handler.default;
