/**
 * What costs the origin on demand: a shared view with a query no two requests share, and an
 * unknown issue, each at 100 connections, while two connections ask for a prerendered page:
 * that page's p99 during the load, its answer time right after, and the server's memory.
 */
import { readFileSync } from "node:fs";
import { measureLoad, type LoadResult } from "./load";

export type EdgeRun = { load: LoadResult; probe: LoadResult; afterMs: number; rssBeforeMb: number | null; rssAfterMb: number | null };
export type Edge = { name: string; path: string; runs: EdgeRun[] };
export type EdgesResult = { connections: number; seconds: number; probePath: string; edges: Edge[] };

export const EDGE_CONNECTIONS = 100;
export const PROBE_PATH = "/about";

const EDGES = [
  { name: "shared view, a distinct query each request", path: "/?q=<n>", distinct: (n: number) => `/?q=${n}` },
  { name: "unknown issue, a distinct slug each request", path: "/issues/no-such-<n>", distinct: (n: number) => `/issues/no-such-${n}` },
];

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

export async function measureEdges(base: string, pid: number | undefined, o: { runs: number; seconds: number }, log: (line: string) => void): Promise<EdgesResult> {
  const edges: Edge[] = [];
  for (const edge of EDGES) {
    const runs: EdgeRun[] = [];
    for (let run = 1; run <= o.runs; run++) {
      log(`edges: ${edge.name}, run ${run} of ${o.runs}, ${EDGE_CONNECTIONS} connections, ${o.seconds} s`);
      const rssBeforeMb = rssMb(pid);
      const [load, probe] = await Promise.all([
        measureLoad(base + "/", o.seconds, EDGE_CONNECTIONS, edge.distinct),
        measureLoad(base + PROBE_PATH, o.seconds, 2),
      ]);
      const started = performance.now();
      await fetch(base + PROBE_PATH).then((r) => r.arrayBuffer());
      runs.push({ load, probe, afterMs: performance.now() - started, rssBeforeMb, rssAfterMb: rssMb(pid) });
    }
    edges.push({ name: edge.name, path: edge.path, runs });
  }
  return { connections: EDGE_CONNECTIONS, seconds: o.seconds, probePath: PROBE_PATH, edges };
}
