/** The report's sections on what costs the origin on demand, and on the deploy/ proxy in front. */
import type { Edge, EdgesResult } from "./edges";
import { ms, table, verdict } from "./markdown";
import type { ProxyResult } from "./behind-nginx";
import { edgeVerdict, proxyVerdict, TARGETS } from "./targets";

const rps = (n: number) => Math.round(n).toLocaleString("en");

export function edgesSection(e: EdgesResult | null): string {
  if (!e) return "## Shared views and unknown issues under load\n\nNot measured (see Summary).\n";
  const header = ["edge", "address", "run", "errors / timeouts", "its rate", `\`${e.probePath}\` p99 during`, "new connection, 1 s in", "after", "memory", "verdict"];
  const rows = (edges: Edge[], judged: boolean) =>
    edges.flatMap((edge) =>
      edge.runs.map((r, i) => [
        i === 0 ? edge.name : "",
        i === 0 ? `\`${edge.path}\`` : "",
        i + 1,
        `${r.load.errors} / ${r.load.timeouts}`,
        `${rps(r.load.requestsPerSecond)} req/s, p99 ${ms(r.load.latencyP99)}`,
        ms(r.probe.latencyP99),
        r.probe.newConnectionMs == null ? "–" : ms(r.probe.newConnectionMs),
        ms(r.afterMs),
        r.rssBeforeMb === null || r.rssAfterMb === null ? "–" : `${r.rssBeforeMb} → ${r.rssAfterMb} MB`,
        i === 0 ? (judged ? verdict(edgeVerdict(edge)) : "control") : "",
      ]),
    );
  const warm = e.warmupSeconds ? ` Each address gets ${e.warmupSeconds} s of the same load, unmeasured, before its runs (a warmed server; no run repeats an address).` : "";
  return [
    "## Shared views and unknown issues under load",
    "",
    `Target: ${e.connections} connections for ${e.seconds} s on each, every request a different address: 0 errors and 0 timeouts in every run, ` +
      `and the prerendered \`${e.probePath}\` answering with a p99 under ${TARGETS.edgeProbeMs} ms during the load and within ${TARGETS.edgeProbeMs} ms right after. ` +
      "It is asked for by two readers, from a process of their own, each on a connection opened before the load, asking again 100 ms after each request " +
      "(or at once when the answer took longer); each answer is timed from its request to its last byte. " +
      "Beside it, not judged: the first answer on a connection opened 1 s into the load, when the load's own 100 may still wait to be accepted: Node.js accepts one connection per turn of its event loop (libuv/libuv#3696). " +
      "An unknown issue answers 404 by design; a shared view 200. Memory is the server process's resident set before and after each run." +
      warm,
    "",
    "### Direct to `next start`",
    "",
    "The control is the prerendered matrix itself under the same load: what Node.js's server gives any page of that size. A shared view costs " +
      "what the control costs (the built page, sent as bytes); when the control also misses the p99, the wait is the one core's queue of 100 " +
      "connections, not a render.",
    "",
    table(header, [...rows(e.edges, true), ...(e.control ? rows([e.control], false) : [])]),
    "",
    "### Through the deploy/ nginx",
    "",
    e.proxied
      ? "The same load through `deploy/nginx/positions-matrix.conf` in front of the same server, as deployed: nginx answers the prerendered page from its cache, " +
        "and passes each distinct address on to Node.js.\n\n" +
        table(header, rows(e.proxied, true))
      : "Not measured (no nginx, or an older report).",
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
