/** Makes sure a Chromium is there for the browser tests, installing Debian's when running as root. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./browser";

function main() {
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

main();
