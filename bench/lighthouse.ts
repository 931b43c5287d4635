/**
 * Lighthouse 12 on a list of pages with the desktop and the mobile preset, in the local
 * Chromium, a few runs of each. Keeps the representative run's four category scores (the run
 * Lighthouse's own computeMedianRun picks) and, for each, the audits that lost points.
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
  /** The representative run's scores (Lighthouse's computeMedianRun over `performanceRuns`). */
  scores: Record<Category, number | null>;
  failing: Record<Category, FailingAudit[]>;
  /** Every run's performance score, in the order run (one entry when one run was made). */
  performanceRuns?: (number | null)[];
  error?: string;
  /** Why attempts failed (each was run again once; a run that failed twice is left out). */
  retried?: string;
};

/** Lighthouse asks to be run again after a failed trace (NO_NAVSTART and the like): once is enough. */
const ATTEMPTS = 2;

/**
 * Runs of each page and preset. Lighthouse's authors measure a single run's score to swing by
 * several points on one machine and recommend the median of several; Lighthouse CI's default is 3.
 */
export const RUNS = 3;

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
  runs = RUNS,
): Promise<LighthouseRun[]> {
  mkdirSync(rawDir, { recursive: true });
  const results: LighthouseRun[] = [];
  // Loaded here, not at the top: the report's tests import this module's names without the bench's packages.
  const [chromeLauncher, { default: lighthouse, desktopConfig }, { computeMedianRun, filterToValidRuns }] = await Promise.all([
    import("chrome-launcher"),
    import("lighthouse"),
    import("lighthouse/core/lib/median-run.js"),
  ]);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    for (const preset of PRESETS) {
      for (const page of pages) {
        const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
        const lhrs: Result[] = [];
        // The first line of each attempt that failed: a failed attempt is run again once, and a run
        // that fails twice is left out (the page is reported from the runs that worked).
        const failures: string[] = [];
        for (let n = 1; n <= runs; n++) {
          log(`lighthouse ${preset} ${page.url} (run ${n} of ${runs})`);
          for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
              const result = await lighthouse(page.url, flags, preset === "desktop" ? desktopConfig : undefined);
              if (!result) throw new Error("Lighthouse returned no result");
              const lhr = result.lhr;
              writeFileSync(path.join(rawDir, `${page.name}-${preset}-${n}.json`), JSON.stringify(lhr));
              if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
              lhrs.push(lhr);
              break;
            } catch (e) {
              failures.push(String(e).split("\n")[0]!);
              log(`lighthouse ${preset} ${page.url}: ${failures.at(-1)}${attempt < ATTEMPTS ? "; running it again" : ""}`);
            }
          }
        }
        if (!lhrs.length) {
          const empty = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, null>;
          results.push({ page: page.name, url: page.url, preset, scores: empty, failing: { performance: [], accessibility: [], "best-practices": [], seo: [] }, error: failures.at(-1) ?? "no run" });
          continue;
        }
        // computeMedianRun needs each run's first paint and time to interactive.
        const valid = filterToValidRuns(lhrs);
        const median = valid.length ? computeMedianRun(valid) : lhrs[0]!;
        writeFileSync(path.join(rawDir, `${page.name}-${preset}.json`), JSON.stringify(median));
        results.push({
          page: page.name,
          url: page.url,
          preset,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, scoreOf(median, c)])) as Record<Category, number | null>,
          failing: Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(median, c)])) as Record<Category, FailingAudit[]>,
          performanceRuns: lhrs.map((lhr) => scoreOf(lhr, "performance")),
          ...(failures.length ? { retried: [...new Set(failures)].join("; ") } : {}),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

function scoreOf(lhr: Result, category: Category): number | null {
  const score = lhr.categories[category]?.score;
  return score === null || score === undefined ? null : Math.round(score * 100);
}
