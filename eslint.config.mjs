import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const NOT_FROM_APP = [
  { group: ["@/app", "@/app/*"], message: "components/ and lib/ never import from app/: pass a Server Action as a prop or keep it in lib/<feature>/." },
  { regex: "^(\\.{1,2}/)+app(/|$)", message: "components/ and lib/ never import from app/: pass a Server Action as a prop or keep it in lib/<feature>/." },
];

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [".next/**", "lib/generated/**", "data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "bench/bare-next/.next/**", "public/generated/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Arrows run one way: app/ imports components/ and lib/, never the reverse (Server Actions live in lib/<feature>/).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: NOT_FROM_APP }] },
  },
  {
    // ... and inside lib/ one import style: relative, with the file's extension (docs/decisions/0011-imports.md).
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...NOT_FROM_APP,
            { group: ["@/*"], message: "Inside lib/, import relatively with the file's extension (docs/decisions/0011-imports.md)." },
            { regex: "^\\.{1,2}/(?!.*\\.(ts|tsx|json)$)", message: "Inside lib/, name the file's extension (docs/decisions/0011-imports.md)." },
          ],
        },
      ],
    },
  },
  {
    // Every server log line goes through lib/log.ts (JSON with level, time, component, request id; no personal data).
    files: ["lib/**", "app/**", "components/**", "instrumentation.ts", "proxy.ts", "scripts/start.ts", "scripts/db.ts", "scripts/lib/**"],
    rules: { "no-console": "error" },
  },
  {
    // The env module, the CLI adapter and the orchestration scripts are where the environment is read or handed on.
    files: ["lib/env.ts", "instrumentation.ts", "scripts/**", "bench/**", "tests/**", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
