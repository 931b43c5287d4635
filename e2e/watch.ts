/**
 * Opens a page that records console errors, uncaught errors, CSP violations and dialogs, for
 * specs that also visit 404s (whose own "Failed to load resource: 404" is expected).
 */
import type { BrowserContext, Page } from "@playwright/test";

export type Watched = {
  page: Page;
  /** Console errors (except the document's own 404), page errors and dialogs. */
  problems: string[];
  /** Reported by `securitypolicyviolation` events: "directive blocked-uri". */
  violations: () => Promise<string[]>;
};

export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (/Failed to load resource: the server responded with a status of 404/.test(msg.text())) return;
    problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("dialog", async (dialog) => {
    problems.push(`dialog opened: ${dialog.type()} "${dialog.message()}"`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  return { page, problems, violations };
}

/** Elements that only injected markup would create: none of these is in the app's own HTML. */
export const INJECTED = [
  "img[src='x']",
  "[onerror]",
  "[onload]",
  "[onmouseover]",
  "[onclick]",
  "[onfocus]",
  "iframe[src^='javascript']",
  // React 19 replaces a javascript: address with one that throws "React has blocked…": inert.
  "a[href^='javascript']:not([href*='React has blocked'])",
].join(", ");

/**
 * Script elements made by a payload (their whole text is an alert call). The page's data also
 * travels inside Next's inline scripts as JSON strings, which are inert and not counted.
 */
export async function injectedScripts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.scripts].filter((s) => !s.src && /^\s*alert\(/.test(s.text)).length);
}
