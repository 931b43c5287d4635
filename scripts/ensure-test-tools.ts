/**
 * Makes sure the browser tests have what they run: a Chromium, and nginx for e2e/proxy.spec.ts (the
 * deploy/ configuration under test). As root on Debian, missing ones are installed with apt-get;
 * elsewhere a missing Chromium stops the run with what to install, and a missing nginx skips that spec.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./browser";
import { ensureNginx } from "./nginx";

function ensureChromium() {
  const found = findChromium();
  if (found) {
    console.log(`Browser tests will use Chromium at ${found.path} (${found.kind}).`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (findChromium()) return;
  }
  console.error(
    [
      "No Chromium found for the browser tests. Any one of these will do:",
      "  - Debian/Ubuntu: sudo apt-get install chromium",
      "  - Playwright's own browser: npx playwright install chromium",
      "  - an installed Chromium or Chrome: CHROMIUM_PATH=/path/to/chrome npm test",
    ].join("\n"),
  );
  process.exit(1);
}

function ensureProxy() {
  const nginx = ensureNginx();
  if (nginx) console.log(`The deploy/ proxy tests will use nginx at ${nginx}.`);
  else console.log("No nginx found: e2e/proxy.spec.ts will be skipped (apt-get install nginx-light to run it).");
}

ensureChromium();
ensureProxy();
