import { describe, expect, it } from "vitest";
import type { LatencyResult } from "./latency";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";
import { renderReport } from "./report";
import type { BenchResults } from "./results";

const facts = { issues: 2, positions: 3, citations: 4, sources: 1, sourceBytes: 2048 };
const notFound = (interaction: string): LatencyResult => ({
  interaction,
  locator: null,
  samples: [],
  noChange: 0,
  timedOut: 0,
  slowEvents: { count: 0, maxDuration: 0 },
  tried: ['getByRole("searchbox", { name: /search/i })'],
});

const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  startedAt: "2025-12-01T10:00:00.000Z",
  seconds: 100,
  environment: { node: "v20" },
  datasets: { real: facts, large: { ...facts, issues: 1000 } },
  pages: [
    { name: "matrix", path: "/", status: 200 },
    { name: "issue", path: "/issues/a", status: 404, note: "no page here: skipped" },
  ],
  lighthouse: null,
  js: null,
  latency: { real: [notFound("search keystroke")] },
  floor: null,
  timings: {},
  load: {},
  serving: null,
  weights: null,
  audit: { ok: false, error: "405 Method Not Allowed" },
  problems: [],
  ...over,
});

describe("renderReport", () => {
  it("says which controls it could not find, and the locators it tried", () => {
    const md = renderReport(results());
    expect(md).toMatch(/\| search keystroke \| real \| 0 \|.*not measurable: control not found/);
    expect(md).toContain('`getByRole("searchbox", { name: /search/i })`');
    expect(md).toContain("- **search keystroke** (real data): none found;");
  });

  it("names pages that did not answer instead of scoring them", () => {
    expect(renderReport(results())).toMatch(/Pages not measured \(issue\) \| `\/issues\/a` 404/);
  });

  it("puts each figure beside its target with pass or fail", () => {
    const latency: LatencyResult = { ...notFound("filter change"), locator: "x", samples: [10, 12, 30] };
    const md = renderReport(results({ latency: { real: [latency], large: [{ ...latency, samples: [150, 160, 170] }] } }));
    expect(md).toMatch(/\| filter change \| real \| 3 \| 12 ms \|.*\| < 16 ms \| ✅ pass \|/);
    expect(md).toMatch(/\| filter change \| large \| 3 \| 160 ms \|.*\| < 100 ms \| ❌ fail \|/);
    expect(md).toMatch(/Interaction latency, large data .* \| ❌ fail \|/);
  });

  it("sets each scripted change's floor beside the median of the interaction it stands for", () => {
    const filter: LatencyResult = { ...notFound("filter change"), locator: "x", samples: [20, 22, 24] };
    const floor = [
      { name: "one line of text", like: null, samples: [12, 13, 14], noChange: 0 },
      { name: "hide the rows", like: "filter change", samples: [17, 18, 19], noChange: 0 },
      { name: "open a dialog", like: "open a cell's evidence", samples: [], noChange: 0, error: "boom" },
    ];
    const md = renderReport(results({ latency: { real: [filter] }, floor }));
    expect(md).toContain("### The browser's floor (real data)");
    expect(md).toMatch(/\| one line of text \| \(none: the least a change costs\) \| 3 \| 13 ms \|/);
    expect(md).toMatch(/\| hide the rows \| filter change \| 3 \| 18 ms \| [\d.]+ ms \| 22 ms \| 4\.0 ms \|/);
    expect(md).toMatch(/\| open a dialog \| open a cell's evidence \| 0 \| – \|.*\| error: boom \|/);
  });

  it("leaves the floor out when it was not measured", () => {
    expect(renderReport(results())).not.toContain("### The browser's floor");
  });

  it("names the Lighthouse runs that failed beside the verdict, and a second attempt in the table", () => {
    const scores = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };
    const failing = { performance: [], accessibility: [], "best-practices": [], seo: [] };
    const none = { performance: null, accessibility: null, "best-practices": null, seo: null };
    const md = renderReport(
      results({
        lighthouse: [
          { page: "matrix", url: "u", preset: "desktop", scores, failing, retried: "NO_NAVSTART: try again", performanceRuns: [100, 99, 100] },
          { page: "issue", url: "u", preset: "desktop", scores: none, failing, error: "NO_NAVSTART: try again" },
        ],
      }),
    );
    expect(md).toMatch(/\| Lighthouse \(desktop 100, mobile ≥ 95\) \| ✅ pass \(not measured: issue desktop\) \|/);
    expect(md).toContain("the run computeMedianRun picks of 3 (performance 100, 99, 100); failed attempts, each run again: NO_NAVSTART: try again");
    expect(md).toContain("its row is the run Lighthouse's own `computeMedianRun` picks");
  });

  it("reports an audit the registry would not answer as not measured, with the reason", () => {
    expect(renderReport(results())).toContain("not measured: 405 Method Not Allowed");
  });
});

const load = (requestsPerSecond: number, over: Partial<LoadResult> = {}): LoadResult => ({
  url: "http://127.0.0.1:1/",
  connections: 20,
  seconds: 5,
  requestsPerSecond,
  latencyP50: 5,
  latencyP99: 20,
  requests: requestsPerSecond * 5,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  bytesPerSecond: 1,
  ...over,
});

const weight = (name: string, raw: number, text: number, clientData: number): PageWeight => ({
  name,
  url: `http://127.0.0.1:1/${name}`,
  raw,
  gzip: raw / 5,
  text,
  clientData,
  classAttributes: 0,
  inlinePayload: 0,
  payloadScripts: 0,
  heaviest: clientData ? [["Matrix (module 1)", clientData]] : [],
});

describe("renderReport, serving", () => {
  const serving: BenchResults["serving"] = {
    throughput: {
      connections: 20,
      seconds: 5,
      rounds: 2,
      pages: [
        { name: "blank", path: "/", runs: [load(2000), load(1000)] },
        { name: "matrix", path: "/", runs: [load(1200), load(400)] },
        { name: "issue", path: "/issues/a", runs: [load(1000), load(600)] },
      ],
    },
    stress: {
      connections: 100,
      seconds: 10,
      pages: [
        { name: "matrix", path: "/", runs: [load(900), load(900, { errors: 7, timeouts: 7 })] },
        { name: "issue", path: "/issues/a", runs: [load(900), load(900)] },
      ],
    },
  };

  it("sets each round against the blank page's of the same round and judges the median ratio", () => {
    const md = renderReport(results({ serving }));
    // matrix: 0.6 and 0.4 of the blank page's rounds, median 0.5; issue: 0.5 and 0.6, median 0.55.
    expect(md).toMatch(/\| matrix \| `\/` \| 1,200 \| 400 \| \*\*800\*\* \| 0\.50× \|.*\| ≥ 0\.5× \| ✅ pass \|/);
    expect(md).toMatch(/\| blank \| `\/` \| 2,000 \| 1,000 \| \*\*1,500\*\* \| 1\.00× \|/);
    expect(md).toMatch(/Requests\/s at 20 connections, each page ≥ 0\.5× the blank page's \| ✅ pass \(matrix 0\.50×, issue 0\.55×\)/);
  });

  it("fails the 100-connection target on one run with errors or timeouts, and names it", () => {
    const md = renderReport(results({ serving }));
    expect(md).toMatch(/\| matrix \| `\/` \| 0 \/ 0 \/ 0 .*\| 7 \/ 7 \/ 0 .*\| ❌ fail \|/);
    expect(md).toMatch(/100 connections for 10 s, 2 runs: 0 errors and 0 timeouts in each \| ❌ fail \(matrix 0\/14 failed, issue 0\/0 failed\)/);
  });

  it("judges each page's HTML against three times its text plus its client data", () => {
    const md = renderReport(results({ weights: [weight("blank", 1000, 10, 0), weight("matrix", 300_000, 20_000, 80_000), weight("source", 100_000, 10_000, 20_000)] }));
    expect(md).toMatch(/\| matrix \|.*\| \*\*3\.00×\*\* \| ≤ 3× \| ✅ pass \|/);
    expect(md).toMatch(/\| source \|.*\| \*\*3\.33×\*\* \| ≤ 3× \| ❌ fail \|/);
    expect(md).toMatch(/\| blank \|.*\| \*\*100\.00×\*\* \|  \|  \|/);
    expect(md).toMatch(/HTML ≤ 3× its text plus client data \| ❌ fail \(matrix 3\.00×, source 3\.33×\)/);
    expect(md).toContain("- **matrix**: `Matrix (module 1)` 78.1 KB");
  });

  it("says the serving figures were not measured when the step did not run", () => {
    const md = renderReport(results());
    expect(md).toMatch(/Requests\/s at 20 connections.* \| not measured \|/);
    expect(md).toContain("## Serving\n\nNot measured");
  });

  it("judges the edges direct and through nginx apart, and shows the control beside them", () => {
    const run = (probeP99: number) => ({ load: load(150), probe: { ...load(3, { latencyP99: probeP99 }), newConnectionMs: 4100 }, afterMs: 20, rssBeforeMb: 200, rssAfterMb: 210 });
    const edge = (name: string, probeP99: number) => ({ name, path: "/?q=<n>", runs: [run(probeP99), run(probeP99)] });
    const md = renderReport(
      results({
        edges: {
          connections: 100,
          seconds: 10,
          probePath: "/about",
          warmupSeconds: 5,
          edges: [edge("shared view, a distinct query each request", 1500)],
          control: edge("the prerendered matrix, the same address each request", 1400),
          proxied: [edge("shared view, a distinct query each request, through nginx", 12)],
        },
      }),
    );
    expect(md).toMatch(/direct to `next start`: 0 errors.*\| ❌ fail \(shared view p99 1500\/1500 ms\) \(control \(the prerendered matrix\) p99 1400\/1400 ms\) \|/);
    expect(md).toMatch(/The same through deploy\/nginx: .*\| ✅ pass \(shared view p99 12\/12 ms\) \|/);
    expect(md).toMatch(/\| the prerendered matrix, the same address each request \|.*\| control \|/);
    expect(md).toContain("5 s of the same load, unmeasured");
    // A new connection's first answer is shown beside the readers' p99, not judged.
    expect(md).toMatch(/\| 1 \| 0 \/ 0 \| [^|]+ \| 1,500 ms \| 4,100 ms \| 20 ms \|/);
  });
});

