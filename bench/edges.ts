/**
 * What costs the origin on demand: a shared view with a query no two requests share, and an
 * unknown issue, each at 100 connections, while two readers ask for a prerendered page (bench/probe.ts):
 * that page's p99 during the load, its answer time right after, and the server's memory. The
 * same load on the prerendered matrix itself is the control (what the origin gives any page of
 * that size), and the same edges are then run through the deploy/ nginx, as served in production.
 */
import { readFileSync } from "node:fs";
import { startNginx } from "../scripts/nginx";
import { measureLoad, type LoadResult } from "./load";
import { startProbe, type ProbeResult } from "./probe";

export type EdgeRun = { load: LoadResult; probe: ProbeResult; afterMs: number; rssBeforeMb: number | null; rssAfterMb: number | null };
export type Edge = { name: string; path: string; runs: EdgeRun[] };
export type EdgesResult = {
  connections: number;
  seconds: number;
  probePath: string;
  /** Unmeasured load on each address before its runs, so that the runs meet a warmed server (absent in older reports). */
  warmupSeconds?: number;
  edges: Edge[];
  /** The prerendered matrix under the same load, direct: the control (absent in older reports). */
  control?: Edge | null;
  /** The edges again, through deploy/nginx/positions-matrix.conf in front of the same server (absent in older reports). */
  proxied?: Edge[] | null;
};

export const EDGE_CONNECTIONS = 100;
export const PROBE_PATH = "/about";
const PROBE_CONNECTIONS = 2;
const WARMUP_SECONDS = 5;
/** Requests per second on each of the probe's two connections: a reader's clicks, not a second load. */
export const PROBE_RATE = 10;

type EdgeSpec = { name: string; path: string; distinct?: (n: number) => string };
const EDGES: EdgeSpec[] = [
  { name: "shared view, a distinct query each request", path: "/?q=<n>", distinct: (n: number) => `/?q=${n}` },
  { name: "unknown issue, a distinct slug each request", path: "/issues/no-such-<n>", distinct: (n: number) => `/issues/no-such-${n}` },
];
const CONTROL: EdgeSpec = { name: "the prerendered matrix, the same address each request", path: "/" };

/** Resident memory of a process, in MB (Linux); null elsewhere. */
function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

type Options = { runs: number; seconds: number; proxyPort?: number };

export async function measureEdges(base: string, pid: number | undefined, o: Options, log: (line: string) => void): Promise<EdgesResult> {
  const edges: Edge[] = [];
  for (const edge of EDGES) edges.push(await measureEdge(base, edge, pid, o, log));
  const control = await measureEdge(base, CONTROL, pid, o, log);
  let proxied: Edge[] | null = null;
  if (o.proxyPort !== undefined) {
    const proxy = await startNginx(o.proxyPort, new URL(base).host);
    try {
      proxied = [];
      for (const edge of EDGES) proxied.push(await measureEdge(proxy.url, { ...edge, name: `${edge.name}, through nginx` }, pid, o, log));
    } finally {
      await proxy.stop();
    }
  }
  return { connections: EDGE_CONNECTIONS, seconds: o.seconds, probePath: PROBE_PATH, warmupSeconds: WARMUP_SECONDS, edges, control, proxied };
}

async function measureEdge(base: string, edge: EdgeSpec, pid: number | undefined, o: Options, log: (line: string) => void): Promise<Edge> {
  // Addresses the runs will not ask for again: a warm server, not a warm cache.
  const warm = edge.distinct && ((n: number) => edge.distinct!(1e9 + n));
  log(`edges: ${edge.name}, warming up for ${WARMUP_SECONDS} s`);
  const warmProbe = await startProbe(base + PROBE_PATH, PROBE_CONNECTIONS, PROBE_RATE);
  await Promise.all([measureLoad(base + "/", WARMUP_SECONDS, EDGE_CONNECTIONS, warm), warmProbe.run(WARMUP_SECONDS)]);
  const runs: EdgeRun[] = [];
  for (let run = 1; run <= o.runs; run++) {
    log(`edges: ${edge.name}, run ${run} of ${o.runs}, ${EDGE_CONNECTIONS} connections, ${o.seconds} s`);
    const rssBeforeMb = rssMb(pid);
    // The readers' connections are open before the load begins (bench/probe.ts says why).
    const reader = await startProbe(base + PROBE_PATH, PROBE_CONNECTIONS, PROBE_RATE);
    const [load, probe] = await Promise.all([
      measureLoad(base + "/", o.seconds, EDGE_CONNECTIONS, edge.distinct && ((n: number) => edge.distinct!(run * 1e7 + n))),
      reader.run(o.seconds),
    ]);
    const started = performance.now();
    await fetch(base + PROBE_PATH).then((r) => r.arrayBuffer());
    runs.push({ load, probe, afterMs: performance.now() - started, rssBeforeMb, rssAfterMb: rssMb(pid) });
  }
  return { name: edge.name, path: edge.path, runs };
}
