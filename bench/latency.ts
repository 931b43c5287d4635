/**
 * Interaction latency in Chromium: each interaction of INTERACTIONS, on a fresh load of the
 * page, `samples` times after one unmeasured warm-up, timed in the page by the probe in
 * latency-probe.browser.js.
 */
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { findControl, INTERACTIONS, type Candidate, type DatasetNames } from "./interactions";

const PROBE = path.join(import.meta.dirname, "latency-probe.browser.js");

export type Probe = { start: number | null; lastChange: number | null; end: number | null; timedOut: boolean };
type ProbeWindow = { __latencyProbe: { settle: (quietMs: number, maxMs: number) => Promise<Probe> } };

/**
 * A fresh page at the desktop size the figures are for, with the probe loaded and the page
 * settled; its CPU slowed `cpuSlowdown` times (Chromium's own throttling, as DevTools and
 * Lighthouse's mobile preset do it) when given.
 */
export async function openProbedPage(browser: Browser, url: string, cpuSlowdown = 1): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    page.setDefaultTimeout(10_000);
    if (cpuSlowdown > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    await page.addInitScript({ path: PROBE });
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    return page;
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** Waits for the DOM to stay quiet (see the probe), and returns what the armed probe saw. */
export function settle(page: Page, quietMs: number, maxMs: number): Promise<Probe> {
  return page.evaluate(([q, m]) => (window as unknown as ProbeWindow).__latencyProbe.settle(q!, m!), [quietMs, maxMs]);
}

export type LatencyResult = {
  interaction: string;
  /** The locator used, or null when no candidate was found ("not measurable"). */
  locator: string | null;
  samples: number[];
  /** Samples after which the DOM did not change at all (the control did nothing visible). */
  noChange: number;
  timedOut: number;
  /** Event Timing entries of 16 ms or more recorded by the browser during the samples. */
  slowEvents: { count: number; maxDuration: number };
  tried: string[];
  error?: string;
};

export type LatencyOptions = {
  samples: number;
  quietMs: number;
  maxMs: number;
  /** How many times slower the CPU runs (1: as it is). */
  cpuSlowdown?: number;
  /** Only these interactions (by name); all when left out. */
  only?: readonly string[];
};

/** The slowed-CPU run: the search keystroke at 4× slowdown, as a mid-range phone runs it. */
export const SLOW_CPU = { cpuSlowdown: 4, only: ["search keystroke"] } as const;

export async function measureLatency(
  browser: Browser,
  url: string,
  ctx: DatasetNames,
  options: LatencyOptions = { samples: 10, quietMs: 300, maxMs: 5000 },
): Promise<LatencyResult[]> {
  const results: LatencyResult[] = [];
  for (const interaction of INTERACTIONS.filter((i) => !options.only || options.only.includes(i.name))) {
    const candidates = interaction.candidates(ctx);
    const result: LatencyResult = {
      interaction: interaction.name,
      locator: null,
      samples: [],
      noChange: 0,
      timedOut: 0,
      slowEvents: { count: 0, maxDuration: 0 },
      tried: candidates.map((c) => c.describe),
    };
    results.push(result);
    let page: Page | null = null;
    try {
      page = await openProbedPage(browser, url, options.cpuSlowdown);
      const control = await findControl(page, candidates);
      if (!control) continue;
      result.locator = control.describe;
      await page.evaluate(() => ((window as unknown as { __slowEvents: unknown[] }).__slowEvents = []));
      for (let i = 0; i <= options.samples; i++) {
        const probe = await sample(page, control, i, ctx, options);
        if (i === 0) continue; // warm-up: first render of lazily loaded code
        if (probe.timedOut) result.timedOut++;
        if (probe.start !== null && probe.end !== null) result.samples.push(probe.end - probe.start);
        else result.noChange++;
      }
      const slow = await page.evaluate(() => (window as unknown as { __slowEvents: { duration: number }[] }).__slowEvents);
      result.slowEvents = { count: slow.length, maxDuration: Math.max(0, ...slow.map((e) => e.duration)) };
    } catch (e) {
      result.error = String(e).split("\n")[0];
    } finally {
      await page?.close();
    }
  }
  return results;
}

async function sample(page: Page, control: Candidate, i: number, ctx: DatasetNames, o: LatencyOptions): Promise<Probe> {
  await control.prepare?.(page);
  const all = control.locate(page);
  const target = control.kind === "open" ? all.nth(i % Math.max(1, await all.count())) : all.first();
  await target.scrollIntoViewIfNeeded();
  const term = ctx.searchTerm;
  if (control.kind === "type" && i === 0) await target.click();
  await page.evaluate("window.__armLatencyProbe()");
  switch (control.kind) {
    case "toggle":
    case "open":
      await target.click();
      break;
    case "select":
      await target.selectOption({ index: (i + 1) % Math.min(3, await target.locator("option").count()) });
      break;
    case "type": {
      const k = i % (2 * term.length);
      await page.keyboard.press(k < term.length ? term[k]! : "Backspace");
      break;
    }
  }
  const probe = await settle(page, o.quietMs, o.maxMs);
  if (control.kind === "open") {
    // Close what opened, unmeasured, and let the page settle before the next sample.
    await page.evaluate("window.__armLatencyProbe()");
    await page.keyboard.press("Escape");
    await settle(page, 150, 2000);
  }
  return probe;
}

