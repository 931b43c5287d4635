/**
 * The deploy/ nginx in front of next start: a prerendered page from nginx's cache against a
 * static file of the same bytes that nginx reads from disk, taking turns round by round. At 0.8×
 * or more, the proxy, not Node, does the work.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startNginx } from "../scripts/nginx";
import { measureLoad, type LoadResult } from "./load";
import { median } from "./stats";

export type ProxyResult = { page: string; bytes: number; connections: number; seconds: number; pageRuns: LoadResult[]; fileRuns: LoadResult[]; ratio: number | null };

export const PROXY_CONNECTIONS = 20;

export async function measureProxy(origin: string, port: number, page: string, o: { rounds: number; seconds: number }, log: (line: string) => void): Promise<ProxyResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "positions-static-"));
  const proxy = await startNginx(port, new URL(origin).host, dir);
  try {
    // The page as nginx keeps it, uncompressed, written out as the file of the same size.
    const body = Buffer.from(await (await fetch(proxy.url + page, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "same-size.html"), body);
    const pageRuns: LoadResult[] = [];
    const fileRuns: LoadResult[] = [];
    for (let round = 1; round <= o.rounds; round++) {
      log(`proxy: round ${round} of ${o.rounds}, ${PROXY_CONNECTIONS} connections, ${o.seconds} s each`);
      pageRuns.push(await measureLoad(proxy.url + page, o.seconds, PROXY_CONNECTIONS));
      fileRuns.push(await measureLoad(proxy.url + "/bench-static/same-size.html", o.seconds, PROXY_CONNECTIONS));
    }
    const ratios = pageRuns.map((r, i) => r.requestsPerSecond / fileRuns[i]!.requestsPerSecond).filter(Number.isFinite);
    return { page, bytes: body.length, connections: PROXY_CONNECTIONS, seconds: o.seconds, pageRuns, fileRuns, ratio: ratios.length ? median(ratios) : null };
  } finally {
    await proxy.stop();
  }
}
