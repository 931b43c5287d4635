/**
 * Lighthouse 12 on a list of pages with the desktop and the mobile preset, in the local
 * Chromium. Keeps the four category scores and, for each, the audits that lost points.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Flags, Result } from "lighthouse";
import { CHROMIUM_FLAGS } from "../scripts/browser";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
const PRESETS = ["desktop", "mobile"] as const;
export type Preset = (typeof PRESETS)[number];

/** The tests' flags, and what chrome-launcher needs on top to run headless here. */
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", ...CHROMIUM_FLAGS];

export type FailingAudit = { id: string; title: string; score: number; displayValue?: string };
export type LighthouseRun = {
  page: string;
  url: string;
  preset: Preset;
  scores: Record<Category, number | null>;
  failing: Record<Category, FailingAudit[]>;
  error?: string;
  /** Why the first attempt failed, when a second one was made. */
  retried?: string;
};

/** Lighthouse asks to be run again after a failed trace (NO_NAVSTART and the like): once is enough. */
const ATTEMPTS = 2;

/** Audits of a category that count towards its score and did not get full marks. */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, title: a.title, score: a.score!, ...(a.displayValue ? { displayValue: a.displayValue } : {}) }));
}

export async function runLighthouse(
  pages: { name: string; url: string }[],
  chromePath: string,
  rawDir: string,
  log: (line: string) => void,
): Promise<LighthouseRun[]> {
  mkdirSync(rawDir, { recursive: true });
  const runs: LighthouseRun[] = [];
  // Loaded here, not at the top: the report's tests import this module's names without the bench's packages.
  const [chromeLauncher, { default: lighthouse, desktopConfig }] = await Promise.all([import("chrome-launcher"), import("lighthouse")]);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    for (const preset of PRESETS) {
      for (const page of pages) {
        log(`lighthouse ${preset} ${page.url}`);
        const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
        const empty = () => Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, null>;
        let retried: string | undefined;
        for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
          try {
            const result = await lighthouse(page.url, flags, preset === "desktop" ? desktopConfig : undefined);
            if (!result) throw new Error("Lighthouse returned no result");
            const lhr = result.lhr;
            writeFileSync(path.join(rawDir, `${page.name}-${preset}.json`), JSON.stringify(lhr));
            if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
            runs.push({
              page: page.name,
              url: page.url,
              preset,
              scores: Object.fromEntries(CATEGORIES.map((c) => [c, scoreOf(lhr, c)])) as Record<Category, number | null>,
              failing: Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)])) as Record<Category, FailingAudit[]>,
              ...(retried ? { retried } : {}),
            });
            break;
          } catch (e) {
            if (attempt < ATTEMPTS) {
              retried = String(e).split("\n")[0];
              log(`lighthouse ${preset} ${page.url}: ${retried}; running it again`);
              continue;
            }
            runs.push({ page: page.name, url: page.url, preset, scores: empty(), failing: { performance: [], accessibility: [], "best-practices": [], seo: [] }, error: String(e) });
          }
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return runs;
}

function scoreOf(lhr: Result, category: Category): number | null {
  const score = lhr.categories[category]?.score;
  return score === null || score === undefined ? null : Math.round(score * 100);
}
