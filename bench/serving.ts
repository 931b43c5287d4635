/**
 * How many requests one `next start` serves: each page beside the blank app, in the same run.
 * Throughput runs take turns, page after page, round after round, so that a change in what else
 * the machine does falls on every page alike; each round's figure is set against the blank
 * page's of the same round.
 */
import { measureLoad, type LoadResult } from "./load";
import { median } from "./stats";

export type Target = { name: string; url: string };

export type Throughput = { name: string; path: string; runs: LoadResult[] };
export type Stress = { name: string; path: string; runs: LoadResult[] };
export type ServingResult = {
  throughput: { connections: number; seconds: number; rounds: number; pages: Throughput[] };
  stress: { connections: number; seconds: number; pages: Stress[] };
};

export type ServingOptions = { rounds: number; seconds: number; stressRuns: number; stressSeconds: number };

export const THROUGHPUT_CONNECTIONS = 20;
export const STRESS_CONNECTIONS = 100;

export async function measureServing(targets: Target[], o: ServingOptions, log: (line: string) => void): Promise<ServingResult> {
  const throughput = targets.map((t) => ({ name: t.name, path: new URL(t.url).pathname, runs: [] as LoadResult[] }));
  for (let round = 1; round <= o.rounds; round++) {
    log(`serving: round ${round} of ${o.rounds}, ${THROUGHPUT_CONNECTIONS} connections, ${o.seconds} s per page`);
    for (const [i, t] of targets.entries()) throughput[i]!.runs.push(await measureLoad(t.url, o.seconds, THROUGHPUT_CONNECTIONS));
  }
  const stress = targets.map((t) => ({ name: t.name, path: new URL(t.url).pathname, runs: [] as LoadResult[] }));
  for (let run = 1; run <= o.stressRuns; run++) {
    log(`serving: ${STRESS_CONNECTIONS} connections, run ${run} of ${o.stressRuns}, ${o.stressSeconds} s per page`);
    for (const [i, t] of targets.entries()) stress[i]!.runs.push(await measureLoad(t.url, o.stressSeconds, STRESS_CONNECTIONS));
  }
  return {
    throughput: { connections: THROUGHPUT_CONNECTIONS, seconds: o.seconds, rounds: o.rounds, pages: throughput },
    stress: { connections: STRESS_CONNECTIONS, seconds: o.stressSeconds, pages: stress },
  };
}

/**
 * A page's requests per second over the blank page's: the median over rounds of each round's
 * ratio. Null without a blank page, or when a round of either has no figure.
 */
export function blankRatio(page: Throughput, blank: Throughput | undefined): number | null {
  if (!blank || page.runs.length === 0 || page.runs.length !== blank.runs.length) return null;
  const ratios = page.runs.map((r, i) => r.requestsPerSecond / blank.runs[i]!.requestsPerSecond);
  return ratios.every(Number.isFinite) ? median(ratios) : null;
}

export const medianRps = (t: Throughput) => median(t.runs.map((r) => r.requestsPerSecond));
