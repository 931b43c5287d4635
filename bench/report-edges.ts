/** The report's sections on what costs the origin on demand, and on the deploy/ proxy in front. */
import type { EdgesResult } from "./edges";
import { ms, table, verdict } from "./markdown";
import type { ProxyResult } from "./behind-nginx";
import { edgeVerdict, proxyVerdict, TARGETS } from "./targets";

const rps = (n: number) => Math.round(n).toLocaleString("en");

export function edgesSection(e: EdgesResult | null): string {
  if (!e) return "## Shared views and unknown issues under load\n\nNot measured (see Summary).\n";
  const rows = e.edges.flatMap((edge) =>
    edge.runs.map((r, i) => [
      i === 0 ? edge.name : "",
      i === 0 ? `\`${edge.path}\`` : "",
      i + 1,
      `${r.load.errors} / ${r.load.timeouts}`,
      `${rps(r.load.requestsPerSecond)} req/s, p99 ${ms(r.load.latencyP99)}`,
      ms(r.probe.latencyP99),
      ms(r.afterMs),
      r.rssBeforeMb === null || r.rssAfterMb === null ? "–" : `${r.rssBeforeMb} → ${r.rssAfterMb} MB`,
      i === 0 ? verdict(edgeVerdict(edge)) : "",
    ]),
  );
  return [
    "## Shared views and unknown issues under load (`next start`)",
    "",
    `Target: ${e.connections} connections for ${e.seconds} s on each, every request a different address: 0 errors and 0 timeouts in every run, ` +
      `and the prerendered \`${e.probePath}\` (asked for on 2 more connections meanwhile) answering with a p99 under ${TARGETS.edgeProbeMs} ms during the load and within ${TARGETS.edgeProbeMs} ms right after. ` +
      "An unknown issue answers 404 by design; a shared view 200. Memory is the server process's resident set before and after each run.",
    "",
    table(["edge", "address", "run", "errors / timeouts", "its rate", `\`${e.probePath}\` p99 during`, "after", "memory", "verdict"], rows),
    "",
  ].join("\n");
}

export function proxySection(p: ProxyResult | null): string {
  if (!p) return "## Behind the deploy/ proxy\n\nNot measured (see Summary).\n";
  const rows = p.pageRuns.map((r, i) => [i + 1, rps(r.requestsPerSecond), rps(p.fileRuns[i]!.requestsPerSecond), (r.requestsPerSecond / p.fileRuns[i]!.requestsPerSecond).toFixed(2)]);
  return [
    "## Behind the deploy/ proxy (nginx, `deploy/nginx/positions-matrix.conf`)",
    "",
    `Target: the prerendered \`${p.page}\` (${p.bytes.toLocaleString("en")} bytes), answered from nginx's cache, at ≥ ${TARGETS.proxyRatio}× the requests per second nginx serves ` +
      `a static file of the same bytes from disk, both gzipped by nginx; ${p.connections} connections, ${p.seconds} s each, taking turns round by round.`,
    "",
    table(["round", "page (req/s)", "same-size file (req/s)", "ratio"], rows),
    "",
    `Median ratio: **${p.ratio === null ? "–" : p.ratio.toFixed(2)}×**: ${verdict(proxyVerdict(p.ratio))}.`,
    "",
  ].join("\n");
}
