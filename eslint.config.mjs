import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** lib/'s folders, each with the folders it may import (lib/README.md says why). */
const LIB_LAYERS = {
  data: [],
  load: ["data"],
  site: ["data"],
  source: ["data", "site"],
  issue: ["data", "load", "site"],
  release: ["data", "load", "site"],
  matrix: ["data", "site", "release"],
  export: ["data", "site", "release", "matrix"],
  corpus: ["data", "load"],
};
const LIB_FOLDERS = Object.keys(LIB_LAYERS);

const libLayerRules = LIB_FOLDERS.map((folder) => {
  const forbidden = LIB_FOLDERS.filter((f) => f !== folder && !LIB_LAYERS[folder].includes(f));
  return {
    files: [`lib/${folder}/**/*.ts`],
    ignores: ["**/*.test.ts", "**/*.test-data.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "next/*", "!next/server"], message: "lib/ is pure logic: no React or Next.js runtime." },
            ...forbidden.map((f) => ({
              group: [`../${f}/*`, `@/lib/${f}/*`],
              message: LIB_LAYERS[folder].length
                ? `lib/${folder}/ may import only ${LIB_LAYERS[folder].map((l) => `lib/${l}/`).join(", ")} and lib/format.ts (see lib/README.md).`
                : `lib/${folder}/ imports nothing else of lib/ (see lib/README.md).`,
            })),
          ],
        },
      ],
    },
  };
});

/** lib/format.ts sits beside the folders and, like site/, builds only on data/. */
const formatRule = {
  files: ["lib/format.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: LIB_FOLDERS.filter((f) => f !== "data").map((f) => ({
          group: [`./${f}/*`, `@/lib/${f}/*`],
          message: "lib/format.ts may import only lib/data/ (see lib/README.md).",
        })),
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...libLayerRules,
  formatRule,
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "bench/tmp/**", ".next-variants/**", "playwright-report/**", "test-results/**"]),
]);
