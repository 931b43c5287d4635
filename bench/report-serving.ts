/** The report's serving sections: requests per second beside the blank page, the 100-connection runs, and page weight. */
import { ms, size, table, verdict } from "./markdown";
import { contentRatio, type PageWeight } from "./page-weight";
import { blankRatio, medianRps, type ServingResult, type Throughput } from "./serving";
import { loadFailures, servingVerdict, stressVerdict, TARGETS, weightVerdict, type Verdict } from "./targets";

export const BLANK = "blank";
/** Pages held to the targets; other rows (a file, the blank page) are shown for comparison. */
export const JUDGED = ["matrix", "issue", "source"];

const times = (n: number | null) => (n === null ? "–" : `${n.toFixed(2)}×`);
const blankOf = (s: ServingResult) => s.throughput.pages.find((p) => p.name === BLANK);

export function throughputVerdicts(s: ServingResult): { name: string; ratio: number | null; verdict: Verdict }[] {
  const blank = blankOf(s);
  return s.throughput.pages
    .filter((p) => JUDGED.includes(p.name))
    .map((p) => {
      const ratio = blankRatio(p, blank);
      return { name: p.name, ratio, verdict: servingVerdict(ratio) };
    });
}

export function servingSection(s: ServingResult | null): string {
  if (!s) return "## Serving\n\nNot measured (see Summary).\n";
  const blank = blankOf(s);
  const rounds = Array.from({ length: s.throughput.rounds }, (_, i) => `round ${i + 1}`);
  const rows = s.throughput.pages.map((p: Throughput) => {
    const judged = JUDGED.includes(p.name);
    const ratio = p.name === BLANK ? 1 : blankRatio(p, blank);
    const failures = p.runs.reduce((n, r) => n + loadFailures(r), 0);
    return [
      p.name,
      `\`${p.path}\``,
      ...p.runs.map((r) => Math.round(r.requestsPerSecond).toLocaleString("en")),
      `**${Math.round(medianRps(p)).toLocaleString("en")}**`,
      times(ratio),
      ms(Math.max(...p.runs.map((r) => r.latencyP99))),
      failures,
      judged ? `≥ ${TARGETS.servingRatio}×` : "",
      judged ? verdict(servingVerdict(ratio)) : "",
    ];
  });
  const runs = Math.max(0, ...s.stress.pages.map((p) => p.runs.length));
  const stressRows = s.stress.pages.map((p) => [
    p.name,
    `\`${p.path}\``,
    ...p.runs.map((r) => `${r.errors} / ${r.timeouts} / ${r.non2xx} (${Math.round(r.requestsPerSecond).toLocaleString("en")} req/s, p99 ${ms(r.latencyP99)})`),
    JUDGED.includes(p.name) ? verdict(stressVerdict(p)) : "",
  ]);
  return [
    "## Serving (`npm start`'s server under autocannon)",
    "",
    `Target: each page serves at least ${TARGETS.servingRatio}× the requests per second of the blank page, at ${s.throughput.connections} connections. ` +
      `Rounds of ${s.throughput.seconds} s take turns page by page; "× blank" is the median over rounds of each round's ratio. ` +
      `The app's pages and "${BLANK}" (the blank app) are both served by plain \`next start\`, as \`npm start\` serves them; a proxy in front (deploy/) is measured below.`,
    "",
    table(["page", "path", ...rounds, "median req/s", "× blank", "worst p99", "failed requests", "target", "result"], rows),
    "",
    `Target: 0 errors and 0 timeouts at ${s.stress.connections} connections for ${s.stress.seconds} s, in every run. Each cell: errors / timeouts / non-2xx.`,
    "",
    table(["page", "path", ...Array.from({ length: runs }, (_, i) => `run ${i + 1}`), "result"], stressRows),
    "",
  ].join("\n");
}

export function weightSection(weights: PageWeight[] | null): string {
  if (!weights) return "## Page weight\n\nNot measured (see Summary).\n";
  const rows = weights.map((w) => {
    const judged = JUDGED.includes(w.name);
    return [
      w.name,
      `\`${new URL(w.url).pathname}\``,
      size(w.raw),
      size(w.gzip),
      size(w.text),
      size(w.clientData),
      `**${contentRatio(w).toFixed(2)}×**`,
      judged ? `≤ ${TARGETS.htmlRatio}×` : "",
      judged ? verdict(weightVerdict(w)) : "",
      size(w.classAttributes),
      `${size(w.inlinePayload)} (${w.payloadScripts} scripts)`,
    ];
  });
  const heaviest = weights
    .filter((w) => w.heaviest.length)
    .map((w) => `- **${w.name}**: ${w.heaviest.map(([c, n]) => `\`${c}\` ${size(n)}`).join(", ")}`);
  return [
    "## Page weight",
    "",
    `Target: each page's raw HTML at most ${TARGETS.htmlRatio}× its content: the text the browser shows plus the data its client components receive.`,
    "",
    table(["page", "path", "HTML raw", "HTML gzip", "text", "client data", "raw / content", "target", "result", "class attributes", "inline payload"], rows),
    "",
    ...(heaviest.length ? ["Client components receiving the most data:", "", ...heaviest, ""] : []),
  ].join("\n");
}
