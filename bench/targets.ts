/** The speed targets of issue 7, and how a measured figure is judged against them. */
import type { Category, LighthouseRun, Preset } from "./lighthouse";
import type { LatencyResult } from "./latency";
import type { LoadResult } from "./load";
import { median } from "./stats";

export const TARGETS = {
  lighthouse: { desktop: 100, mobile: 95 } satisfies Record<Preset, number>,
  jsRatio: 1.3,
  latencyMedianMs: { real: 16, large: 100 },
  loadFailures: 0,
} as const;

/** pass / fail, or null when there is nothing to judge (not measured). */
export type Verdict = boolean | null;

export function lighthouseVerdict(run: LighthouseRun, category: Category): Verdict {
  const score = run.scores[category];
  return score === null ? null : score >= TARGETS.lighthouse[run.preset];
}

export function jsRatioVerdict(ratio: number | null): Verdict {
  return ratio === null || !Number.isFinite(ratio) ? null : ratio <= TARGETS.jsRatio;
}

export function latencyVerdict(result: LatencyResult, dataset: keyof typeof TARGETS.latencyMedianMs): Verdict {
  if (result.samples.length === 0) return null;
  return median(result.samples) < TARGETS.latencyMedianMs[dataset];
}

/** Errors, timeouts and non-2xx answers all count as failed requests. */
export const loadFailures = (r: LoadResult) => r.errors + r.timeouts + r.non2xx;

export function loadVerdict(result: LoadResult): Verdict {
  return result.requests > 0 ? loadFailures(result) <= TARGETS.loadFailures : null;
}
