import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./scripts/browser";
import { siteEnv } from "./lib/load/site-file";

// The specs read the data as the app does, with the site's identity the build bakes in (next.config.ts).
process.env.POSITIONS_SITE ??= siteEnv("data");

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// No SITE_URL: it is read at build time, so it would either do nothing (a build reused) or
// leave .next pointing its links at this port for the next `npm start`. Specs compare paths.
// No type check in the build: `npm test` runs `npm run typecheck` on the same code just before.
/** The real data's server for the tests; `npm test` makes its build beside the unit tests (e2e/build-server.ts). */
export const serverEnv = { PORT: String(port), HOST: "127.0.0.1", NEXT_SKIP_TYPECHECK: "1" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Sized for a 2-core machine with other work running, where a page takes several times as long
  // as on an idle one: a test does one page's work (or sets its own timeout by how much it does),
  // and each expectation may wait up to 15 s for the page to get there.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // A full run (npm test) builds the data variants in the background meanwhile (e2e/global-setup.ts).
  globalSetup: "./e2e/global-setup.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: launchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: baseURL,
    env: serverEnv,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
  },
});
