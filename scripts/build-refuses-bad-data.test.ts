import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LineCounter, parseDocument, type Scalar } from "yaml";
import { DATA_DIR, loadDataset } from "../lib/data/load";
import { hedgesIn } from "../lib/data/sentences";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");

/** Runs a command, resolving with its exit code and output whether it fails or not. */
async function outcome(cmd: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const data = loadDataset();
const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 0))!;
const citation = Object.values(issue.cells).flatMap((c) => c.citations)[0]!;
const source = data.sources.find((s) => s.id === citation.source)!;
let dir = "";
let quoteLine = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bad-data-"));
  cpSync(DATA_DIR, dir, { recursive: true });
  // Change one letter inside the cited passage of the copied source, as a bad edit would.
  const text = source.text;
  const at = [...text.slice(citation.start, citation.end)].findIndex((ch) => /[a-z]/.test(ch)) + citation.start;
  const changed = text[at] === "x" ? "y" : "x";
  writeFileSync(path.join(dir, "sources", source.file), text.slice(0, at) + changed + text.slice(at + 1));
  // The line of the issue file where the quote is written.
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(dir, "issues", `${issue.slug}.yaml`), "utf8"), { lineCounter: lines });
  const cells = (doc.toJS() as { cells: { citations?: { quote: string }[] }[] }).cells;
  const ci = cells.findIndex((c) => c.citations?.some((q) => q.quote === citation.quote));
  const k = cells[ci]!.citations!.findIndex((q) => q.quote === citation.quote);
  const node = doc.getIn(["cells", ci, "citations", k, "quote"], true) as Scalar;
  quoteLine = lines.linePos(node.range![0]).line;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check:data", () => {
  it("refuses a source whose cited passage lost a letter, naming the quote's file and line", async () => {
    expect(quoteLine).toBeGreaterThan(0);
    const { code, output } = await outcome(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/check-data.ts", dir]);
    expect(code).not.toBe(0);
    expect(output).toContain(`issues/${issue.slug}.yaml:${quoteLine}`);
    expect(output).toContain("is not found");
    expect(output).toContain(source.file);
  }, 60_000);
});

describe("npm run build", () => {
  it("stops before building when the data is bad", async () => {
    // A separate distDir keeps .next whole should the check ever let the data through.
    const { code, output } = await outcome("npm", ["run", "-s", "build"], {
      POSITIONS_DATA_DIR: dir,
      NEXT_DIST_DIR: path.join("bench", "tmp", "dist-bad-data"),
    });
    expect(code).not.toBe(0);
    expect(output).toContain(`issues/${issue.slug}.yaml:${quoteLine}`);
    expect(output).not.toContain("Compiled successfully");
  }, 120_000);
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
      const hedged = citations.find((c) => ![lone.issue, report.issue].includes(c.issue) && hedgesIn(c.quote.slice(0, 40)).length > 0)!;
      const hedge = hedgesIn(hedged.quote.slice(0, 40))[0]!;
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
