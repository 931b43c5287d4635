import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The "@/…" imports of tsconfig.json, for components' pure modules (the embed card's HTML).
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "bench/*.test.ts"],
    environment: "node",
    // The site's identity, as next.config.ts bakes it into the app from the data folder's site.yaml.
    setupFiles: ["scripts/site-env.ts"],
  },
});
