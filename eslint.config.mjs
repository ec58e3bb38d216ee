import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [".next/**", "lib/generated/**", "data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "bench/bare-next/.next/**", "next-env.d.ts"],
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
    // One import style inside lib/: relative, with the file's extension (docs/decisions/0011-imports.md).
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/*"], message: "Inside lib/, import relatively with the file's extension (docs/decisions/0011-imports.md)." },
            { regex: "^\\.{1,2}/(?!.*\\.(ts|tsx|json)$)", message: "Inside lib/, name the file's extension (docs/decisions/0011-imports.md)." },
          ],
        },
      ],
    },
  },
  {
    // The env module, the CLI adapter and the orchestration scripts are where the environment is read or handed on.
    files: ["lib/env.ts", "instrumentation.ts", "scripts/**", "bench/**", "tests/**", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
