/**
 * The JavaScript a page makes the browser download: every script response recorded while the
 * page loads and settles in Chromium, each compressed as a server would send it.
 */
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

export type JsWeight = { url: string; scripts: number; raw: number; gzip: number; brotli: number; files: string[] };

export async function measureJs(browser: Browser, url: string): Promise<JsWeight> {
  const page = await browser.newPage();
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.set(response.url(), response.body().catch(() => null));
  });
  try {
    await page.goto(url, { waitUntil: "load" });
    // Chunks loaded after hydration count too; a page that keeps polling must not hang the bench.
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const files: string[] = [];
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const [file, pending] of bodies) {
      const body = await pending;
      if (!body) continue;
      files.push(new URL(file).pathname);
      raw += body.length;
      gzip += gzipSync(body).length; // level 6: what `next start`'s compression sends
      brotli += brotliCompressSync(body).length; // quality 11: what a CDN serves for static files
    }
    return { url, scripts: files.length, raw, gzip, brotli, files: files.sort() };
  } finally {
    await page.close();
  }
}
