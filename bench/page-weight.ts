/**
 * What a page's HTML weighs against what it holds: the bytes the server sends (raw and gzip),
 * the text the browser shows, and the data its client components receive in the inline payload.
 */
import http from "node:http";
import type { Browser } from "@playwright/test";
import { clientData, inlinePayload, payloadRows } from "./flight";

export type PageWeight = {
  name: string;
  url: string;
  /** The HTML as served without compression, and as the server sends it to a browser asking for gzip. */
  raw: number;
  gzip: number;
  /** The page's text as the browser renders it (`innerText` of the body, UTF-8 bytes). */
  text: number;
  /** The data props of its client components in the inline payload (bench/flight.ts). */
  clientData: number;
  /** Where the bytes go: every `class="…"` attribute, and the scripts that carry the inline payload. */
  classAttributes: number;
  inlinePayload: number;
  payloadScripts: number;
  /** The client components that receive the most data, with their bytes. */
  heaviest: [string, number][];
};

/** The body's length as sent, without decoding it (fetch would decompress). */
function sentBytes(url: string, encoding: "identity" | "gzip"): Promise<{ bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
          else resolve({ bytes: body.length, body });
        });
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

export async function measurePageWeight(browser: Browser, name: string, url: string): Promise<PageWeight> {
  const { body } = await sentBytes(url, "identity");
  const { bytes: gzip } = await sentBytes(url, "gzip");
  const html = body.toString("utf8");
  const payload = inlinePayload(html);
  const data = clientData(payloadRows(payload.text));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url, { waitUntil: "load" });
    const text = await page.evaluate(() => document.body.innerText);
    return {
      name,
      url,
      raw: body.length,
      gzip,
      text: Buffer.byteLength(text),
      clientData: data.bytes,
      classAttributes: [...html.matchAll(/ class="[^"]*"/g)].reduce((n, [m]) => n + Buffer.byteLength(m), 0),
      inlinePayload: payload.bytes,
      payloadScripts: payload.scripts,
      heaviest: Object.entries(data.byComponent)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3),
    };
  } finally {
    await page.close();
  }
}

/** The page's raw HTML over its content: its text plus the data its client components receive. */
export const contentRatio = (w: Pick<PageWeight, "raw" | "text" | "clientData">) => w.raw / (w.text + w.clientData);
