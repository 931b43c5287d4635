/**
 * `npm run bench`: builds the app on the real and a synthetic large dataset and a blank
 * baseline app, serves them, measures, and writes bench/report.md and bench/report.json.
 * Usage: tsx bench/run.ts [--port 3205] [--skip-lighthouse] [--quick] [--rebuild] [--serving-only] [--only js,first-screen,latency]
 */
import "../scripts/site-env";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { loadDataset } from "../lib/load/load";
import { findChromium, launchOptions } from "../scripts/browser";
import { writeDataset } from "../scripts/make-large-dataset";
import { writeReleases } from "../scripts/make-releases";
import { loadPublication } from "../lib/release/load";
import { audit } from "./audit";
import { dataCheckScaleSection, measureDataCheckScale } from "./data-check-scale";
import { BLANK_DIR, buildBlankApp } from "./blank-app";
import type { DataTimings } from "./data-timings";
import { datasetFacts, datasetNames, pagesToMeasure } from "./dataset-facts";
import { measureJs } from "./js-weight";
import { measureFirstScreen } from "./first-screen";
import { measureFloor } from "./floor";
import { measureLatency, SLOW_CPU } from "./latency";
import { RUNS, runLighthouse } from "./lighthouse";
import { measureLoad } from "./load";
import { measurePageWeight } from "./page-weight";
import { BLANK } from "./report-serving";
import { measureServing, type Target } from "./serving";
import { measureEdges } from "./edges";
import { measureProxy } from "./behind-nginx";
import { ensureNginx } from "../scripts/nginx";
import { ROOT, run, startServer, type Server } from "../scripts/variant/processes";
import { renderReport } from "./report";
import type { BenchResults, DatasetName } from "./results";
import { buildVariant, isStale, lastBuild, variant, type Variant } from "../scripts/variant/build";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3205" },
    "skip-lighthouse": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    // The real data and the blank app only: page weight, requests per second, the 100-connection runs.
    "serving-only": { type: "boolean", default: false },
    // The real data and the blank app only, and only these browser steps (comma-separated): a quick look at the reader's figures.
    only: { type: "string" },
  },
});
const STEPS = ["js", "first-screen", "latency"] as const;
const only = args.only === undefined ? null : new Set(args.only.split(",").map((s) => s.trim()));
const unknown = only && [...only].filter((s) => !(STEPS as readonly string[]).includes(s));
if (unknown?.length) {
  console.error(`--only: unknown step ${unknown.join(", ")}; the steps are ${STEPS.join(", ")}`);
  process.exit(2);
}
const port = Number(args.port);
const quick = args.quick;
const servingOnly = args["serving-only"];
const datasets = servingOnly || only ? (["real"] as const) : (["real", "large"] as const);
/** Whether a browser step of STEPS runs: every one in a full run, none when serving only, the named ones with --only. */
const wants = (s: (typeof STEPS)[number]) => !servingOnly && (!only || only.has(s));
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** Runs a step; a failure is recorded in the report instead of stopping the bench. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  log(name);
  try {
    return await fn();
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 6).join(" ");
    results.problems.push(`${name}: ${message}`);
    log(`${name} FAILED: ${message}`);
    return null;
  }
}

// A fixed folder of the bench's own (bench/tmp, beside the blank app), rewritten only where the
// generator's output changed: an unchanged large build is reused.
const largeDir = path.join(ROOT, "bench", "tmp", "large-data");
const variants: Record<DatasetName, Variant> = { real: variant("real", path.join(ROOT, "data")), large: variant("large", largeDir) };
const servers: Server[] = [];
let browser: Browser | null = null;

const results: BenchResults = {
  startedAt: new Date(started).toISOString(),
  seconds: 0,
  environment: {},
  datasets: {} as BenchResults["datasets"],
  pages: [],
  lighthouse: null,
  js: null,
  latency: {},
  floor: null,
  timings: {},
  load: {},
  serving: null,
  weights: null,
  audit: null,
  problems: [],
};

try {
  if (datasets.length > 1) {
    log(`writing the large dataset to ${largeDir} (files that did not change are left as they are)`);
    writeDataset(largeDir, { issues: 1000, positions: 12, seed: 1 });
  }
  const data = { real: loadDataset(variants.real.dataDir), large: datasets.length > 1 ? loadDataset(largeDir) : null };
  results.datasets = { real: datasetFacts(data.real), ...(data.large ? { large: datasetFacts(data.large) } : {}) };
  results.environment = environment();
  if (servingOnly) results.problems.push("--serving-only: the large data set, Lighthouse, JavaScript weight, interaction latency and npm audit were not run");
  else if (only) results.problems.push(`--only ${[...only].join(",")}: no other step was run`);
  else results.audit = await step("npm audit --omit=dev", audit);

  for (const d of datasets) {
    const timings = await step(`validate ${d} data and time exports`, async () => {
      const out = await run(path.join(ROOT, "node_modules", ".bin", "tsx"), ["bench/data-timings.ts", variants[d].dataDir]);
      if (out.code !== 0) throw new Error(out.output);
      return JSON.parse(out.output.trim().split("\n").pop()!) as DataTimings;
    });
    const v = variants[d];
    const previous = args.rebuild || isStale(v) ? null : lastBuild(v);
    if (previous) log(`next build (${d} data): up to date, reusing the build of ${previous.at} (--rebuild to redo it)`);
    const build = previous ?? (await step(`next build (${d} data)`, () => buildVariant(v)));
    if (timings && build)
      results.timings[d] = { ...timings, buildMs: build.ms, builtAt: build.at, reused: !!previous, prerendered: build.prerendered, htmlBytes: htmlBytes(v) };
  }
  if (!servingOnly && !only) {
    // Pinned pages build in linear time in the releases: the real ones, then 40 with synthetic ones added.
    const releasesDir = path.join(ROOT, "bench", "tmp", "releases-data");
    const count = await step("write the real data with 40 releases", async () => writeReleases(releasesDir, 40));
    const build = count ? await step(`next build (${count} releases)`, () => buildVariant(variant("releases40", releasesDir))) : null;
    const real = results.timings.real;
    if (build && real?.buildMs)
      results.timings.releases = {
        real: { releases: loadPublication(variants.real.dataDir).releases.length, buildMs: real.buildMs, prerendered: real.prerendered },
        synthetic: { releases: count!, buildMs: build.ms, prerendered: build.prerendered },
      };
  }
  results.timings.blankBuildMs = (await step("next build (blank app)", buildBlankApp)) ?? undefined;

  const urls: Partial<Record<DatasetName | "blank", string>> = {};
  for (const [i, d] of datasets.entries()) {
    const server = await step(`next start (${d}) on port ${port + i}`, () => startServer({ port: port + i, env: variants[d].env }));
    if (server) {
      servers.push(server);
      urls[d] = server.url;
    }
  }
  if (results.timings.blankBuildMs) {
    const blank = await step(`next start (blank) on port ${port + 2}`, () => startServer({ port: port + 2, appDir: BLANK_DIR }));
    if (blank) {
      servers.push(blank);
      urls.blank = blank.url;
    }
  }

  const found = findChromium();
  if (!found) throw new Error("no Chromium found: set CHROMIUM_PATH or install chromium");
  browser = await chromium.launch(launchOptions(found));
  results.environment.chromium = `${browser.version()} (${found.path})`;

  if (urls.real && !only) {
    // The latest release's pinned pages too: Lighthouse and the page weight hold them to the same bar.
    const latest = loadPublication(variants.real.dataDir).releases.at(-1);
    const pinned = latest ? [{ name: "pinned matrix", path: `/v/${latest.version}` }, { name: "pinned issue", path: `/v/${latest.version}/issues/${Object.keys(latest.snapshot.issues)[0]}` }] : [];
    for (const page of [...pagesToMeasure(data.real), ...pinned]) {
      const status = await fetch(urls.real + page.path).then((r) => r.status, () => null);
      results.pages.push({ ...page, status, note: status === 200 ? "" : "no page here: skipped" });
    }
    const live = results.pages.filter((p) => p.status === 200).map((p) => ({ name: p.name, url: urls.real + p.path }));
    const lighthouseChrome = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : found.path);
    const b = browser;
    const weighed = [...(urls.blank ? [{ name: BLANK, url: urls.blank + "/" }] : []), ...live];
    results.weights = await step("page weight", async () => {
      const out = [];
      for (const p of weighed) out.push(await measurePageWeight(b, p.name, p.url));
      return out;
    });
    if (servingOnly) {
      // Nothing else in the browser.
    } else if (args["skip-lighthouse"]) results.problems.push("Lighthouse: skipped (--skip-lighthouse)");
    else results.lighthouse = await step("Lighthouse", () => runLighthouse(live, lighthouseChrome, path.join(ROOT, "bench", "tmp", "lighthouse"), log, quick ? 1 : RUNS));
  }
  if (urls.real && urls.blank && wants("js")) {
    const [b, real, blank] = [browser, urls.real, urls.blank];
    results.js = await step("JavaScript weight", async () => ({ matrix: await measureJs(b, real + "/"), blank: await measureJs(b, blank + "/") }));
  }
  if (urls.real && wants("first-screen")) {
    const [b, url] = [browser, urls.real];
    results.firstScreen = await step("the first screen's marks (real data)", () => measureFirstScreen(b, url + "/"));
  }

  const options = { samples: quick ? 4 : 20, quietMs: 300, maxMs: 5000 };
  for (const d of wants("latency") ? datasets : []) {
    const url = urls[d];
    const b = browser;
    const names = datasetNames(data[d]!);
    if (url) results.latency[d] = (await step(`interaction latency (${d})`, () => measureLatency(b, url + "/", names, options))) ?? undefined;
  }
  if (urls.real && wants("latency")) {
    const [b, url] = [browser, urls.real];
    const slow = { ...options, ...SLOW_CPU };
    results.latencySlowCpu = (await step(`search keystroke at ${SLOW_CPU.cpuSlowdown}× CPU slowdown (real)`, () => measureLatency(b, url + "/", datasetNames(data.real), slow))) ?? null;
  }
  if (urls.real && !servingOnly && !only) {
    const [b, url] = [browser, urls.real];
    results.floor = await step("the browser's floor (real data)", () => measureFloor(b, url + "/", datasetNames(data.real), options));
  }
  if (urls.real && !only) {
    // The blank page first, a file last: how a page compares with no page, and with a file the proxy leaves alone.
    const targets: Target[] = [
      ...(urls.blank ? [{ name: BLANK, url: urls.blank + "/" }] : []),
      ...results.pages.filter((p) => p.status === 200).map((p) => ({ name: p.name, url: urls.real + p.path })),
      { name: "file", url: urls.real + "/export/matrix.csv" },
    ];
    const o = quick ? { rounds: 1, seconds: 3, stressRuns: 1, stressSeconds: 3 } : { rounds: 3, seconds: 5, stressRuns: 3, stressSeconds: 10 };
    results.serving = await step("serving", () => measureServing(targets, o, log));
    const real = servers[0];
    // Before the edges, whose last runs go through nginx as the proxy's own step does.
    ensureNginx(log);
    const edgeRuns = quick ? { runs: 1, seconds: 3 } : { runs: 3, seconds: 10 };
    results.edges = await step("shared views and unknown issues under load", () => measureEdges(urls.real!, real?.pid, { ...edgeRuns, proxyPort: port + 5 }, log));
    const proxyRounds = quick ? { rounds: 1, seconds: 3 } : { rounds: 3, seconds: 5 };
    results.proxy = await step(`deploy/nginx in front, on port ${port + 4}`, () => measureProxy(urls.real!, port + 4, "/about", proxyRounds, log));
  }
  // The large data set's matrix, at 10 connections as before: the real pages' figures are under Serving.
  if (urls.large) {
    const url = urls.large;
    results.load.large = (await step("load (large)", () => measureLoad(url + "/", quick ? 3 : 10, 10))) ?? undefined;
  }
} catch (e) {
  results.problems.push(`bench stopped: ${e instanceof Error ? e.message : String(e)}`);
  log(`stopped: ${e}`);
} finally {
  await browser?.close();
  for (const s of servers) await s.stop();
  // The data check at scale, with no server running: its own section and JSON field.
  const scale = servingOnly || only ? null : await step("the data check at scale (1,000 mistyped quotes, a 50 MB source)", () => measureDataCheckScale(log));
  results.seconds = (Date.now() - started) / 1000;
  results.environment["load average at end (1, 5, 15 min)"] = os.loadavg().map((l) => l.toFixed(1)).join(", ");
  writeFileSync(path.join(ROOT, "bench", "report.json"), JSON.stringify({ ...results, dataCheckScale: scale }, null, 2) + "\n");
  writeFileSync(path.join(ROOT, "bench", "report.md"), renderReport(results) + (servingOnly ? "" : dataCheckScaleSection(scale)));
  log(`wrote bench/report.md and bench/report.json in ${Math.round(results.seconds)} s`);
}

function htmlBytes(v: Variant): number | null {
  const file = path.join(ROOT, v.distDir, "server", "app", "index.html");
  return existsSync(file) ? readFileSync(file).length : null;
}

function environment(): Record<string, string> {
  // The app's packages at the root, the bench's own (Lighthouse) in bench/node_modules.
  const version = (pkg: string, dir = ROOT) => (JSON.parse(readFileSync(path.join(dir, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  const sh = (cmd: string, cmdArgs: string[]) => {
    try {
      return execFileSync(cmd, cmdArgs, { cwd: ROOT, encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  // The bench's own report, left from an earlier run, is not a change to what is measured.
  const changed = sh("git", ["status", "--porcelain", "--untracked-files=no"])
    .split("\n")
    .filter((line) => line.trim() && !/ bench\/report\.(md|json)$/.test(line));
  const dirty = changed.length ? " (with uncommitted changes)" : "";
  const cpus = os.cpus();
  return {
    commit: `${sh("git", ["log", "-1", "--format=%h %s"])}${dirty}`,
    machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}`,
    node: process.version,
    next: version("next"),
    react: version("react"),
    lighthouse: version("lighthouse", path.join(ROOT, "bench")),
    // Other work on the machine skews every timing: its load is noted beside them.
    "load average at start (1, 5, 15 min)": os.loadavg().map((l) => l.toFixed(1)).join(", "),
  };
}
