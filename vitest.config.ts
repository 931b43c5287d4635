import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The "@/…" imports of tsconfig.json, for components' pure modules (the embed card's HTML).
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "bench/*.test.ts"],
    environment: "node",
    // One module graph per worker, not per file: the tests share no state through modules (they pass
    // in any order, --sequence.shuffle), and setting up each file apart took half the unit suite's CPU.
    isolate: false,
    // The site's identity, as next.config.ts bakes it into the app from the data folder's site.yaml.
    setupFiles: ["scripts/site-env.ts"],
  },
});
