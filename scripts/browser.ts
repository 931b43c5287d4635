/** Finds a Chromium for the browser tests: one named by CHROMIUM_PATH, Playwright's own, or the system's. */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_FLAGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export type FoundBrowser = { kind: "env" | "playwright" | "system"; path: string } | null;

export function findChromium(): FoundBrowser {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { kind: "env", path: fromEnv };
  let own = "";
  try {
    own = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser build for this platform.
  }
  if (own && existsSync(own)) return { kind: "playwright", path: own };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { kind: "system", path: system } : null;
}

/** How Playwright launches the browser found: Playwright's own needs no path; any other is named. */
export function launchOptions(found: FoundBrowser = findChromium()): { executablePath: string | undefined; args: string[] } {
  return { executablePath: found && found.kind !== "playwright" ? found.path : undefined, args: CHROMIUM_FLAGS };
}
