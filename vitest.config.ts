import { availableParallelism } from "node:os";
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
    // One worker per core, not Vitest's default of one fewer: the slowest files mostly wait on the
    // commands they run (check:data, the release), so on two cores one worker left the other idle.
    maxWorkers: availableParallelism(),
    // A guard against a hang, not a speed test (the bench measures speed): sized for a busy two-core
    // machine, where the unit tests share the cores with the browser tests' build (npm test).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The site's identity, as next.config.ts bakes it into the app from the data folder's site.yaml.
    setupFiles: ["scripts/site-env.ts"],
  },
});
