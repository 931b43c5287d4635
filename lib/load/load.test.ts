import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "./build";
import { DATA_DIR, decodeUtf8, loadDataset, readDataFiles } from "./load";
import { DataError, type DataProblem } from "./problems";

const CORPUS = path.resolve(DATA_DIR, "..", "..", "shared", "sources");

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The problems of a copy of data/ after `damage`; the real data/ is never touched. */
function problemsAfter(damage: (dir: string) => void): DataProblem[] {
  const dir = mkdtempSync(path.join(tmpdir(), "load-test-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  damage(dir);
  try {
    buildDataset(readDataFiles(dir));
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  throw new Error("expected the data to be refused");
}

const firstSource = () => readdirSync(path.join(DATA_DIR, "sources")).find((n) => n.endsWith(".txt"))!;

describe("loadDataset", () => {
  it("loads the project's data with every quote found in its source", () => {
    const data = loadDataset();
    for (const issue of data.issues)
      for (const cell of Object.values(issue.cells))
        for (const c of cell.citations) {
          const source = data.sources.find((s) => s.id === c.source)!;
          expect(source.text.slice(c.start, c.end).replace(/\s+/g, " ")).toBe(c.quote.replace(/\s+/g, " ").trim());
        }
    expect(data.issues.length).toBeGreaterThan(0);
  });

  it("records a sha256 for every source", () => {
    for (const s of loadDataset().sources) expect(s.sha256, s.id).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("data/sources/", () => {
  it.skipIf(!existsSync(CORPUS))("holds byte-for-byte copies of every text in the corpus, shared/sources/", () => {
    const copy = (name: string) => (name === "README.md" ? "CORPUS-README.md" : name);
    const corpus = readdirSync(CORPUS);
    for (const name of corpus) {
      const mine = path.join(DATA_DIR, "sources", copy(name));
      expect(existsSync(mine), `${name} is in the corpus but not in data/sources/`).toBe(true);
      expect(readFileSync(mine).equals(readFileSync(path.join(CORPUS, name))), `data/sources/${copy(name)} differs from the corpus`).toBe(true);
    }
    expect(readdirSync(path.join(DATA_DIR, "sources")).length).toBe(corpus.length);
  });
});

describe("readDataFiles", () => {
  it("refuses a source text that is not the recorded copy, naming it and saying what to do", () => {
    const name = firstSource();
    const problems = problemsAfter((dir) => writeFileSync(path.join(dir, "sources", name), readFileSync(path.join(dir, "sources", name), "utf8") + "\nAn added line.\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/sources\.yaml$/);
    expect(problems[0]!.field).toMatch(/^\[\d+\]\.sha256$/);
    expect(problems[0]!.message).toContain(`sources/${name} is not the copy recorded here`);
  });

  it("refuses a file that is not UTF-8, naming the line of its first bad byte", () => {
    const problems = problemsAfter((dir) => {
      const file = path.join(dir, "issues", "crimea.yaml");
      const text = readFileSync(file, "utf8").replace("title: Status of Crimea", "title: Status of Crim\u00e9a");
      writeFileSync(file, Buffer.from(text, "latin1"));
    });
    expect(problems).toEqual([expect.objectContaining({ line: 2, field: "" })]);
    expect(problems[0]!.file).toMatch(/issues\/crimea\.yaml$/);
    expect(problems[0]!.message).toContain("not UTF-8: byte 0xE9 at column 22, after \"title: Status of Crim\"");
  });

  it("reports an issue file named .yml instead of leaving the issue out", () => {
    const problems = problemsAfter((dir) => renameSync(path.join(dir, "issues", "crimea.yaml"), path.join(dir, "issues", "crimea.yml")));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/issues\/crimea\.yml$/);
    expect(problems[0]!.message).toContain("rename it to crimea.yaml");
  });

  it("reports a folder or a missing file where a data file should be, instead of crashing", () => {
    const folder = problemsAfter((dir) => {
      rmSync(path.join(dir, "positions.yaml"));
      mkdirSync(path.join(dir, "positions.yaml"));
    });
    expect(folder).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("this is a folder") })]);
    const missing = problemsAfter((dir) => rmSync(path.join(dir, "timeline.yaml")));
    expect(missing).toEqual([expect.objectContaining({ message: expect.stringContaining("the file is missing") })]);
    expect(missing[0]!.file).toMatch(/timeline\.yaml$/);
  });

  it("reports a folder inside data/issues/, whose files would otherwise be left out", () => {
    const problems = problemsAfter((dir) => {
      mkdirSync(path.join(dir, "issues", "old"));
      writeFileSync(path.join(dir, "issues", "old", "crimea-2.yaml"), "slug: crimea-2\n");
    });
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("a folder inside data/issues/") })]);
    expect(problems[0]!.file).toMatch(/issues\/old$/);
  });

  it("ignores hidden files, such as an editor's swap file, among the issues", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "load-test-"));
    copies.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, "issues", ".crimea.yaml.swp"), Buffer.from([0, 1, 2, 0xff]));
    expect(() => buildDataset(readDataFiles(dir))).not.toThrow();
  });

  it("names the folder when there is no data folder at all", () => {
    expect(() => readDataFiles(path.join(tmpdir(), "no-such-data-folder"))).toThrow(/no-such-data-folder:1 \(file\): there is no folder here/);
  });
});

describe("decodeUtf8", () => {
  it("gives the line and column of the first byte that is not UTF-8, and the text before it", () => {
    const bytes = Buffer.concat([Buffer.from("line one\nKyiv"), Buffer.from([0x92]), Buffer.from("s line")]);
    expect(decodeUtf8(bytes)).toMatchObject({ line: 2, message: expect.stringContaining('byte 0x92 at column 5, after "Kyiv"') });
  });

  it("passes over a replacement character that the file really holds, and drops a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a \ufffd b\n"), Buffer.from([0xff])]);
    expect(decodeUtf8(bytes)).toMatchObject({ line: 2, message: expect.stringContaining("byte 0xFF at column 1") });
    expect(decodeUtf8(Buffer.from("\ufeffslug: x\n"))).toEqual({ text: "slug: x\n" });
  });
});
