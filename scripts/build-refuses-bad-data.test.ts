import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { LineCounter, parseDocument, type Scalar } from "yaml";
import { DATA_DIR, loadDataset } from "../lib/load/load";
import { hedgesIn } from "../lib/load/sentences";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
/** Bad data must be refused within seconds; this is far above that, for a busy machine. */
const LIMIT_MS = 45_000;

/** Runs a command, resolving with its exit code, output and whether it had to be killed. */
async function outcome(cmd: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, timeout: LIMIT_MS });
    return { code: 0, killed: false, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; killed?: boolean; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, killed: !!err.killed, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const checkData = (dir: string) => outcome(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/check-data.ts", dir]);

const data = loadDataset();
const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 0))!;
const citation = Object.values(issue.cells).flatMap((c) => c.citations)[0]!;
const source = data.sources.find((s) => s.id === citation.source)!;
const issueFile = `issues/${issue.slug}.yaml`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ with one kind of damage; the real data/ is never touched. */
function damaged(damage: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bad-data-"));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  damage(dir);
  return dir;
}

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const full = path.join(dir, file);
  const before = readFileSync(full, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the damage did not apply to ${file}`);
  writeFileSync(full, after);
};

/** The line of the issue file where the citation's quote is written, in data/ or a copy of it. */
function quoteLine(dir: string): number {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(dir, issueFile), "utf8"), { lineCounter: lines });
  const cells = (doc.toJS() as { cells: { citations?: { quote: string }[] }[] }).cells;
  const ci = cells.findIndex((c) => c.citations?.some((q) => q.quote === citation.quote));
  const k = cells[ci]!.citations!.findIndex((q) => q.quote === citation.quote);
  const node = doc.getIn(["cells", ci, "citations", k, "quote"], true) as Scalar;
  return lines.linePos(node.range![0]).line;
}

const QUOTE_LINE = quoteLine(DATA_DIR);
const TITLE_LINE = readFileSync(path.join(DATA_DIR, issueFile), "utf8").split("\n").findIndex((l) => l.startsWith("title: ")) + 1;

/** Replaces the citation's quote in its issue file with `yaml` (a YAML value, plus any lines after it). */
const withQuote = (yaml: string) => (dir: string) => {
  const file = path.join(dir, issueFile);
  const lines = readFileSync(file, "utf8").split("\n");
  lines[QUOTE_LINE - 1] = lines[QUOTE_LINE - 1]!.replace(/quote:.*$/, `quote: ${yaml}`);
  writeFileSync(file, lines.join("\n"));
};

const cases: { kind: string; damage: (dir: string) => void; where: () => string; says: RegExp }[] = [
  {
    kind: "a quote of nine line breaks (it used to hang the check)",
    damage: withQuote('"\\n\\n\\n\\n\\n\\n\\n\\n\\n"'),
    where: () => `${issueFile}:${QUOTE_LINE} cells`,
    says: /quote: expected a quote of at least 8 characters besides spaces/,
  },
  {
    kind: "a quote of spaces with a prefix (it used to spin with no output)",
    damage: withQuote('"          "\n        prefix: "the"'),
    where: () => `${issueFile}:${QUOTE_LINE} cells`,
    says: /it is only spaces/,
  },
  {
    kind: "a letter changed in a cited source text",
    damage: (dir) => {
      const at = citation.start + [...source.text.slice(citation.start, citation.end)].findIndex((ch) => /[a-z]/.test(ch));
      const text = source.text;
      writeFileSync(path.join(dir, "sources", source.file), text.slice(0, at) + (text[at] === "x" ? "y" : "x") + text.slice(at + 1));
    },
    where: () => "sources.yaml:",
    says: new RegExp(`sources/${source.file.replace(/\./g, "\\.")} is not the copy recorded here`),
  },
  {
    kind: "a quote one letter off its source",
    damage: (dir) => edit(dir, issueFile, (t) => t.replace(citation.quote, citation.quote.replace(/[a-z]/, (ch) => (ch === "x" ? "y" : "x")))),
    where: () => `${issueFile}:${QUOTE_LINE} `,
    says: /is not found in .*closest passage/s,
  },
  {
    kind: "an issue file in Windows-1252",
    damage: (dir) => writeFileSync(path.join(dir, issueFile), Buffer.from(readFileSync(path.join(dir, issueFile), "utf8").replace(/^title: /m, "title: Caf\u00e9 "), "latin1")),
    where: () => `${issueFile}:${TITLE_LINE} (file)`,
    says: /not UTF-8: byte 0xE9/,
  },
  {
    kind: "an issue file named .yml",
    damage: (dir) => renameSync(path.join(dir, issueFile), path.join(dir, issueFile.replace(/\.yaml$/, ".yml"))),
    where: () => `issues/${issue.slug}.yml:1 (file)`,
    says: /rename it to .*\.yaml/,
  },
  {
    kind: "an impossible date",
    damage: (dir) => edit(dir, "timeline.yaml", (t) => t.replace(/^  date: "[^"]*"/m, '  date: "2024-02-30"')),
    where: () => "timeline.yaml:",
    says: /February 2024 has 29 days/,
  },
  {
    kind: "one bad field in sources.yaml (reported alone, without follow-ons)",
    damage: (dir) => edit(dir, "sources.yaml", (t) => t.replace(/^  kind: \S+/m, "  kind: blog")),
    where: () => "sources.yaml:",
    says: /^The data has 1 problem:\n.*expected one of/,
  },
];

describe("check:data", () => {
  it.each(cases)("refuses $kind within seconds, exit 1, naming file, line and field", async ({ damage, where, says }) => {
    const dir = damaged(damage);
    const started = Date.now();
    const { code, killed, output } = await checkData(dir);
    expect(killed, `still running after ${LIMIT_MS} ms`).toBe(false);
    expect(code, output).toBe(1);
    expect(output).toContain(where());
    expect(output).toMatch(says);
    expect(output).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(Date.now() - started).toBeLessThan(LIMIT_MS);
  }, LIMIT_MS + 15_000);
});

describe("npm run build", () => {
  it("stops before building when the data is bad", async () => {
    const dir = damaged(withQuote('"\\n\\n\\n\\n\\n\\n\\n\\n\\n"\n        prefix: "the"'));
    // A separate distDir keeps .next whole should the check ever let the data through.
    const { code, killed, output } = await outcome("npm", ["run", "-s", "build"], {
      POSITIONS_DATA_DIR: dir,
      NEXT_DIST_DIR: path.join("bench", "tmp", "dist-bad-data"),
    });
    expect(killed).toBe(false);
    expect(code).not.toBe(0);
    expect(output).toContain(`${issueFile}:${QUOTE_LINE}`);
    expect(output).not.toContain("Compiled successfully");
  }, LIMIT_MS + 15_000);
});

/** A copy of data/ with one issue file edited through the YAML document, and the line of the edited field. */
function editIssue(into: string, slug: string, edit: (doc: ReturnType<typeof parseDocument>) => PropertyKey[]) {
  const file = path.join(into, "issues", `${slug}.yaml`);
  const doc = parseDocument(readFileSync(file, "utf8"));
  const field = edit(doc);
  const text = doc.toString();
  writeFileSync(file, text);
  const lines = new LineCounter();
  const again = parseDocument(text, { lineCounter: lines });
  const node = again.getIn(field, true) as Scalar;
  return `issues/${slug}.yaml:${lines.linePos(node.range![0]).line}`;
}

describe("check:data and the method", () => {
  /** Every citation of every cell, with the index of its cell in the issue file. */
  const citations = data.issues.flatMap((issue) => {
    const file = parseDocument(readFileSync(path.join(DATA_DIR, "issues", `${issue.slug}.yaml`), "utf8")).toJS() as { cells: { position: string }[] };
    return Object.values(issue.cells).flatMap((cell) => {
      const ci = file.cells.findIndex((c) => c.position === cell.position);
      return cell.citations.map((c, k) => ({ issue: issue.slug, ci, k, quote: c.quote, kind: c.kind, alone: cell.citations.length === 1 }));
    });
  });

  it("refuses a stance on commentary alone, a speaker on reporting and a dropped hedge, naming each file, line and field", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "bad-method-"));
    try {
      cpSync(DATA_DIR, bad, { recursive: true });
      // A cell's only citation, reporting, made commentary; a reporting citation elsewhere given a
      // speaker; in a third file, a quote that opens with a hedge cut just after it.
      const lone = citations.find((c) => c.alone && c.kind === "reporting")!;
      const report = citations.find((c) => c.kind === "reporting" && c.issue !== lone.issue)!;
      // The first 40 characters, to the end of the word they cut into: a hedge is whole words.
      const head = (quote: string) => quote.match(/^[\s\S]{0,40}\S*/)![0];
      const hedged = citations.find((c) => ![lone.issue, report.issue].includes(c.issue) && hedgesIn(head(c.quote)).length > 0)!;
      const hedge = hedgesIn(head(hedged.quote))[0]!;
      const cut = hedged.quote.slice(hedged.quote.indexOf(hedge) + hedge.length).trim();
      const at = {
        commentary: editIssue(bad, lone.issue, (doc) => (doc.setIn(["cells", lone.ci, "citations", lone.k, "kind"], "commentary"), ["cells", lone.ci, "citations"])),
        speaker: editIssue(bad, report.issue, (doc) => (doc.setIn(["cells", report.ci, "citations", report.k, "speaker"], "Someone"), ["cells", report.ci, "citations", report.k, "speaker"])),
        hedge: editIssue(bad, hedged.issue, (doc) => (doc.setIn(["cells", hedged.ci, "citations", hedged.k, "quote"], cut), ["cells", hedged.ci, "citations", hedged.k, "quote"])),
      };

      const { code, output } = await outcome(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/check-data.ts", bad]);
      expect(code).not.toBe(0);
      expect(output).toContain(`${at.commentary} cells[${lone.ci}].citations: stance`);
      expect(output).toMatch(/rests on commentary alone/);
      expect(output).toContain(`${at.speaker} cells[${report.ci}].citations[${report.k}].speaker:`);
      expect(output).toContain(`${at.hedge} cells[${hedged.ci}].citations[${hedged.k}].quote:`);
      expect(output).toContain(`the hedge ${JSON.stringify(hedge)}`);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  }, 60_000);
});
