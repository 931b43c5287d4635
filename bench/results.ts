/** What one benchmark run found: the shape of bench/report.json, which the report and each section read. */
import type { AuditResult } from "./audit";
import type { DataTimings } from "./data-timings";
import type { EdgesResult } from "./edges";
import type { JsWeight } from "./js-weight";
import type { FirstScreen } from "./first-screen";
import type { FloorResult } from "./floor";
import type { LatencyResult } from "./latency";
import type { LighthouseRun } from "./lighthouse";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";
import type { ProxyResult } from "./behind-nginx";
import type { ServingResult } from "./serving";

/** Which of the two data sets a figure is for. */
export type DatasetName = "real" | "large";
export type BuildFacts = { buildMs: number; builtAt: string; reused: boolean; prerendered: number; htmlBytes: number | null };
export type PageCheck = { name: string; path: string; status: number | null; note?: string };
export type DatasetFacts = { issues: number; positions: number; citations: number; sources: number; sourceBytes: number };

/** Cold builds of the real data with its real releases and with synthetic ones added: pinned pages grow linearly. */
export type ReleaseBuilds = { real: { releases: number; buildMs: number; prerendered: number }; synthetic: { releases: number; buildMs: number; prerendered: number } };

export type BenchResults = {
  startedAt: string;
  seconds: number;
  environment: Record<string, string>;
  /** The large data set is left out of a `--serving-only` run. */
  datasets: Partial<Record<DatasetName, DatasetFacts>>;
  pages: PageCheck[];
  lighthouse: LighthouseRun[] | null;
  js: { matrix: JsWeight; blank: JsWeight } | null;
  latency: Partial<Record<DatasetName, LatencyResult[]>>;
  /** The search keystroke on the real data with the CPU slowed (SLOW_CPU in latency.ts); null if not measured. */
  latencySlowCpu?: LatencyResult[] | null;
  /** The overview's marks in the first screen, desktop and phone (bench/first-screen.ts); absent in older reports. */
  firstScreen?: FirstScreen | null;
  /** The interactions' DOM changes made by a script, on the real data (see floor.ts). */
  floor: FloorResult[] | null;
  timings: Partial<Record<DatasetName, DataTimings & BuildFacts>> & { blankBuildMs?: number; releases?: ReleaseBuilds };
  load: Partial<Record<DatasetName, LoadResult>>;
  /** Requests per second beside the blank page, and the runs at 100 connections (bench/serving.ts). */
  serving: ServingResult | null;
  /** A shared view and an unknown issue under load, a distinct address per request (bench/edges.ts); absent in older reports. */
  edges?: EdgesResult | null;
  /** The deploy/ nginx in front of next start (bench/behind-nginx.ts); absent in older reports. */
  proxy?: ProxyResult | null;
  /** Each page's HTML against its content (bench/page-weight.ts). */
  weights: PageWeight[] | null;
  audit: AuditResult | null;
  /** Steps that could not run, with why. */
  problems: string[];
};
