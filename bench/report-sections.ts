/** The report's sections past the summary, one per kind of measurement. */
import { CATEGORIES } from "./lighthouse";
import { kb, ms, table, verdict } from "./markdown";
import type { AuditResult } from "./audit";
import type { BenchResults, BuildFacts, DatasetName } from "./results";
import { summarize } from "./stats";
import { jsRatioVerdict, latencyVerdict, lighthouseVerdict, loadFailures, loadVerdict, searchVerdict, TARGETS } from "./targets";

export function lighthouseSection(r: BenchResults): string {
  if (!r.lighthouse) return "## Lighthouse\n\nNot run (see Summary).\n";
  const rows = r.lighthouse.map((run) => [
    run.page,
    run.preset,
    ...CATEGORIES.map((c) => `${run.scores[c] ?? "–"} ${lighthouseVerdict(run, c) === false ? "❌" : lighthouseVerdict(run, c) ? "✅" : ""}`),
    [
      run.error ? `error: ${run.error}` : "",
      run.performanceRuns && run.performanceRuns.length > 1 ? `the run computeMedianRun picks of ${run.performanceRuns.length} (performance ${run.performanceRuns.map((p) => p ?? "–").join(", ")})` : "",
      run.retried && !run.error ? `failed attempts, each run again: ${run.retried}` : "",
    ]
      .filter(Boolean)
      .join("; "),
  ]);
  const failing = r.lighthouse.flatMap((run) =>
    CATEGORIES.filter((c) => lighthouseVerdict(run, c) === false).map(
      (c) => `- **${run.page}, ${run.preset}, ${c} ${run.scores[c]}**: ${run.failing[c].map((a) => `\`${a.id}\`${a.displayValue ? ` (${a.displayValue})` : ""} ${Math.round(a.score * 100)}`).join(", ") || "no single audit below full marks"}`,
    ),
  );
  return [
    "## Lighthouse 12",
    "",
    `Targets: ${TARGETS.lighthouse.desktop} in every category on desktop, at least ${TARGETS.lighthouse.mobile} on mobile.`,
    "",
    ...(r.lighthouse.some((run) => (run.performanceRuns?.length ?? 0) > 1)
      ? ["Each page and preset is run several times; its row is the run Lighthouse's own `computeMedianRun` picks (the one nearest the runs' median first contentful paint and time to interactive), and the note gives every run's performance score.", ""]
      : []),
    table(["page", "preset", ...CATEGORIES, "note"], rows),
    "",
    failing.length ? ["What loses points (audit id, value, audit score):", "", ...failing].join("\n") : "Every page meets its targets.",
    "",
  ].join("\n");
}

export function jsSection(r: BenchResults): string {
  if (!r.js) return "## JavaScript shipped\n\nNot measured (see Summary).\n";
  const { matrix, blank } = r.js;
  const ratio = (k: "raw" | "gzip" | "brotli") => (matrix[k] / blank[k]).toFixed(2);
  return [
    "## JavaScript shipped",
    "",
    `Target: the matrix page ships at most ${TARGETS.jsRatio}× the JavaScript of a blank page built with the same Next.js and React (gzip).`,
    "",
    table(
      ["page", "scripts", "raw", "gzip", "brotli"],
      [
        ["matrix `/`", matrix.scripts, kb(matrix.raw), kb(matrix.gzip), kb(matrix.brotli)],
        ["blank app", blank.scripts, kb(blank.raw), kb(blank.gzip), kb(blank.brotli)],
        ["ratio", "", ratio("raw"), `**${ratio("gzip")}** ${verdict(jsRatioVerdict(matrix.gzip / blank.gzip))}`, ratio("brotli")],
      ],
    ),
    "",
    `Matrix scripts: ${matrix.files.map((f) => `\`${f.split("/").pop()}\``).join(", ")}.`,
    "",
  ].join("\n");
}

/** The search keystroke with the CPU slowed 4× (issue 21's target), on the real data. */
function slowCpuLine(r: BenchResults): string {
  const l = r.latencySlowCpu?.[0];
  if (!l) return `Search keystroke at 4× CPU slowdown: not measured.`;
  const s = summarize(l.samples);
  return `Search keystroke at 4× CPU slowdown (real data): n ${s.n}, median ${s.n ? ms(s.median) : "–"}, p95 ${s.n ? ms(s.p95) : "–"}, target ≤ ${TARGETS.searchKeystrokeMs.slowCpu} ms: ${verdict(searchVerdict(l, "slowCpu"))}${l.error ? ` (error: ${l.error})` : ""}.`;
}

export function latencySection(r: BenchResults): string {
  if (!r.latency.real && !r.latency.large) return "## Interaction latency\n\nNot measured (see Summary).\n";
  const rows: (string | number)[][] = [];
  for (const d of ["real", "large"] as const) {
    for (const l of r.latency[d] ?? []) {
      const s = summarize(l.samples);
      const note = l.error
        ? `error: ${l.error}`
        : !l.locator
          ? "not measurable: control not found"
          : [l.noChange ? `${l.noChange} without DOM change` : "", l.timedOut ? `${l.timedOut} timed out` : ""].filter(Boolean).join(", ");
      rows.push([
        l.interaction,
        d,
        s.n,
        s.n ? ms(s.median) : "–",
        s.n ? ms(s.p95) : "–",
        s.n ? ms(s.max) : "–",
        `< ${TARGETS.latencyMedianMs[d]} ms`,
        verdict(latencyVerdict(l, d)),
        l.slowEvents.count ? `${l.slowEvents.count} (max ${ms(l.slowEvents.maxDuration)})` : "0",
        note,
      ]);
    }
  }
  // Each data set names its own controls (its positions' labels), so each has its own list.
  const tried = (["real", "large"] as const).flatMap((d) =>
    (r.latency[d] ?? []).map(
      (l) => `- **${l.interaction}** (${d} data): ${l.locator ? `used \`${l.locator}\`` : "none found"}; tried, in order: ${l.tried.map((t) => `\`${t}\``).join("; ")}`,
    ),
  );
  return [
    "## Interaction latency",
    "",
    `Targets: median under ${TARGETS.latencyMedianMs.real} ms on the real data, under ${TARGETS.latencyMedianMs.large} ms on the large one.`,
    "",
    table(["interaction", "data", "n", "median", "p95", "max", "target", "result", "Event Timing ≥ 16 ms", "note"], rows),
    "",
    slowCpuLine(r),
    "",
    "Locators (first found is used; see `bench/interactions.ts`):",
    "",
    ...tried,
    "",
  ].join("\n");
}

/** The interactions' DOM changes made by a script: what the browser needs whatever the app does. */
export function floorSection(r: BenchResults): string {
  if (!r.floor) return "";
  const interactions = new Map((r.latency.real ?? []).map((l) => [l.interaction, summarize(l.samples)]));
  const rows = r.floor.map((f) => {
    const s = summarize(f.samples);
    const app = f.like ? interactions.get(f.like) : undefined;
    const known = s.n > 0 && app !== undefined && app.n > 0;
    const note = f.error ? `error: ${f.error}` : f.noChange ? `${f.noChange} without DOM change` : "";
    return [
      f.name,
      f.like ?? "(none: the least a change costs)",
      s.n,
      s.n ? ms(s.median) : "–",
      s.n ? ms(s.p95) : "–",
      app?.n ? ms(app.median) : "–",
      known ? ms(app.median - s.median) : "–",
      note,
    ];
  });
  return [
    "### The browser's floor (real data)",
    "",
    "The DOM changes the interactions make, made instead by a script in the page (no React, no event",
    "handler) and timed by the same probe. What is left is what this machine's Chromium needs to restyle,",
    "lay out and paint the change, plus the wait for the next frame: no interaction can be faster than its",
    "floor, and the difference is what the app itself adds.",
    "",
    table(["scripted change", "like the interaction", "n", "median", "p95", "interaction's median", "app's share", "note"], rows),
    "",
  ].join("\n");
}

export function timingsSection(r: BenchResults): string {
  const t = r.timings;
  const exportsOf = (d: DatasetName) => new Map((t[d]?.exports ?? []).map((e) => [e.route, e]));
  const routes = [...new Set([...exportsOf("real").keys(), ...exportsOf("large").keys()])];
  const cell = (d: DatasetName, route: string) => {
    const e = exportsOf(d).get(route);
    if (!e) return "–";
    return "error" in e ? `error: ${e.error}` : `${ms(e.ms)} (${kb(e.bytes)})`;
  };
  const growth = (a?: number, b?: number) => (a && b ? `${(b / a).toFixed(1)}×` : "–");
  const rows: (string | number)[][] = [
    ["validate data (read + check every quote)", ms(t.real?.validateMs ?? NaN), ms(t.large?.validateMs ?? NaN), growth(t.real?.validateMs, t.large?.validateMs)],
    ["`next build` (cold)", buildCell(t.real), buildCell(t.large), growth(t.real?.buildMs, t.large?.buildMs)],
    ["routes prerendered (pages, images, files)", t.real?.prerendered ?? "–", t.large?.prerendered ?? "–", growth(t.real?.prerendered, t.large?.prerendered)],
    ["matrix page HTML", t.real?.htmlBytes ? kb(t.real.htmlBytes) : "–", t.large?.htmlBytes ? kb(t.large.htmlBytes) : "–", growth(t.real?.htmlBytes ?? undefined, t.large?.htmlBytes ?? undefined)],
    ...routes.map((route) => [`export \`${route}\``, cell("real", route), cell("large", route), ""]),
  ];
  return [
    "## Data, build and export times",
    "",
    table(["step", "real", "large", "growth"], rows),
    "",
    routes.length ? "" : "CSV/JSON exports: none timed (no `app/export/**/route.ts` found).\n",
    t.blankBuildMs ? `The blank baseline app builds in ${ms(t.blankBuildMs)}.\n` : "",
    t.releases ? releasesLine(t.releases) : "",
  ].join("\n");
}

/** Build time against the number of releases: each release adds its pinned pages, no more. */
function releasesLine({ real, synthetic }: NonNullable<BenchResults["timings"]["releases"]>): string {
  const perRelease = (synthetic.buildMs - real.buildMs) / Math.max(1, synthetic.releases - real.releases);
  return [
    `Pinned pages: the real data with its ${real.releases} releases builds in ${ms(real.buildMs)} (${real.prerendered} routes); with ${synthetic.releases} releases`,
    `(synthetic ones added by scripts/make-releases.ts) in ${ms(synthetic.buildMs)} (${synthetic.prerendered} routes): ${ms(perRelease)} and`,
    `${((synthetic.prerendered - real.prerendered) / Math.max(1, synthetic.releases - real.releases)).toFixed(0)} routes per added release.\n`,
  ].join(" ");
}

function buildCell(b?: BuildFacts): string {
  if (!b) return "–";
  return b.reused ? `${ms(b.buildMs)} (build of ${b.builtAt.slice(0, 16).replace("T", " ")} reused: code and data unchanged)` : ms(b.buildMs);
}

export function loadSection(r: BenchResults): string {
  const rows = (["real", "large"] as const).flatMap((d) => {
    const l = r.load[d];
    if (!l) return [];
    return [[d, `\`${new URL(l.url).pathname}\``, `${l.seconds} s × ${l.connections}`, Math.round(l.requestsPerSecond), `${l.latencyP50} ms`, `${l.latencyP99} ms`, l.requests, loadFailures(l), verdict(loadVerdict(l))]];
  });
  return [
    "## Load (`next start` under autocannon)",
    "",
    "Target: zero errors (errors, timeouts and non-2xx answers all count).",
    "",
    rows.length ? table(["data", "page", "run", "req/s", "p50", "p99", "requests", "errors", "result"], rows) : "Not run (see Summary).",
    "",
  ].join("\n");
}

export function auditVerdictText(a: AuditResult | null): string {
  if (!a) return "not measured";
  if (!a.ok) return `not measured: ${a.error}`;
  return verdict((a.counts.high ?? 0) + (a.counts.critical ?? 0) === 0);
}

export function auditSection(r: BenchResults): string {
  const a = r.audit;
  const body = !a
    ? "Not run."
    : a.ok
      ? table(["critical", "high", "moderate", "low", "info", "production dependencies"], [[a.counts.critical ?? 0, a.counts.high ?? 0, a.counts.moderate ?? 0, a.counts.low ?? 0, a.counts.info ?? 0, a.dependencies]])
      : `The registry gave no audit: ${a.error}. Run \`npm audit --omit=dev --audit\` where the npm registry's advisory endpoint answers.`;
  return ["## Dependencies (`npm audit --omit=dev`)", "", "Target: no high or critical advisory.", "", body, ""].join("\n");
}
