/**
 * The data check at scale: `npm run check:data`'s work (the data, then the releases) on 1,000
 * mistyped quotes and on a 50 MB source, each in a process of its own, so that its time and peak
 * memory are its own. Targets: under 10 s and under 1 GB each.
 *   tsx bench/data-check-scale.ts            runs both cases and prints the section
 *   tsx bench/data-check-scale.ts <data-dir>  checks one folder and prints {ms, rssMB, problems}
 */
import os from "node:os";
import path from "node:path";
import { DataError } from "../lib/load/problems";
import { buildDataset } from "../lib/load/build";
import { readDataFiles } from "../lib/load/load";
import { buildReleases } from "../lib/release/build";
import { readReleaseFiles } from "../lib/release/load";
import { writeBadQuotes, writeBigSource } from "../scripts/make-check-cases";
import { ROOT, run } from "../scripts/variant/processes";

export const TARGETS = { ms: 10_000, rssMB: 1024 };

/** `ms` is wall time; `cpuMs` the CPU time the check used, which a busy machine does not inflate. */
export type ScaleCase = { name: string; ms: number; cpuMs: number; rssMB: number; problems: number; expected: string };

const CASES = [
  { name: "1,000 mistyped quotes", dir: "check-bad-quotes", write: (dir: string) => writeBadQuotes(dir, 1000), expected: "1000 problems" },
  { name: "a 50 MB source, every quote valid", dir: "check-big-source", write: (dir: string) => writeBigSource(dir, 50 * 1024 * 1024), expected: "0 problems" },
];

export async function measureDataCheckScale(log: (line: string) => void = () => {}): Promise<ScaleCase[]> {
  const results: ScaleCase[] = [];
  for (const c of CASES) {
    const dir = path.join(ROOT, "bench", "tmp", c.dir);
    log(`writing ${c.name} to ${path.relative(ROOT, dir)}`);
    c.write(dir);
    const out = await run(path.join(ROOT, "node_modules", ".bin", "tsx"), ["bench/data-check-scale.ts", dir]);
    const line = out.output.trim().split("\n").at(-1) ?? "";
    if (out.code !== 0 || !line.startsWith("{")) throw new Error(`${c.name}: ${out.output.slice(-500)}`);
    results.push({ name: c.name, ...(JSON.parse(line) as Omit<ScaleCase, "name" | "expected">), expected: c.expected });
  }
  return results;
}

export function dataCheckScaleSection(cases: readonly ScaleCase[] | null): string {
  if (!cases) return "\n## The data check at scale\n\nNot measured: see the problems above.\n";
  const mark = (ok: boolean) => (ok ? "yes" : "**no**");
  const rows = cases.map((c) => `| ${c.name} | ${(c.ms / 1000).toFixed(1)} s | ${(c.cpuMs / 1000).toFixed(1)} s | ${c.rssMB} MB | ${c.problems} (expected ${c.expected}) | ${mark(c.cpuMs < TARGETS.ms && c.rssMB < TARGETS.rssMB)} |`);
  return [
    "",
    "## The data check at scale",
    "",
    `\`npm run check:data\`'s work, each case in a process of its own (bench/data-check-scale.ts). Targets: under ${TARGETS.ms / 1000} s and under ${TARGETS.rssMB} MB each; the target is judged on CPU time, since on a shared machine the wall time grows with the load (load average ${os.loadavg()[0]!.toFixed(1)} here).`,
    "",
    "| case | time | CPU time | peak memory (RSS) | problems found | within target |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/** One check in this process: what check:data does, timed, with the process's peak memory. */
function checkOnce(dir: string): Omit<ScaleCase, "name" | "expected"> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let problems = 0;
  try {
    buildDataset(readDataFiles(dir));
    buildReleases(readReleaseFiles(dir));
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    problems = e.problems.length;
  }
  const used = process.cpuUsage(cpu);
  return { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), rssMB: Math.round(process.resourceUsage().maxRSS / 1024), problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2];
  if (dir) console.log(JSON.stringify(checkOnce(dir)));
  else console.log(dataCheckScaleSection(await measureDataCheckScale(console.error)));
}
