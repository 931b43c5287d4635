/**
 * Writes copies of data/ that make the data check work hard, for the bench and its tests, never
 * into data/: `bad-quotes`, the real data plus N issues that each cite a quote with one letter
 * changed; `big-source`, the real data with one cited source grown to a given size (the filler
 * after its text, its SHA-256 updated), every quote still valid.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, loadDataset } from "../lib/load/load";

/** A fresh copy of data/ at `dir` (a folder this module made before is replaced). */
function freshCopy(dir: string): void {
  if (path.resolve(dir).startsWith(path.resolve(DATA_DIR))) throw new Error(`refusing to write into ${DATA_DIR}`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(DATA_DIR, dir, { recursive: true });
}

const data = () => loadDataset(DATA_DIR);

/** The first cited passage of the real data, with its issue's slug. */
function aCitation() {
  for (const issue of data().issues)
    for (const cell of Object.values(issue.cells)) if (cell.citations[0]) return { issue: issue.slug, citation: cell.citations[0] };
  throw new Error("data/ cites nothing");
}

/** `count` extra issues, each a copy of a real one whose first quote has one letter changed. */
export function writeBadQuotes(dir: string, count: number): void {
  freshCopy(dir);
  const { issue, citation } = aCitation();
  const text = readFileSync(path.join(dir, "issues", `${issue}.yaml`), "utf8");
  const quoteLine = text.split("\n").find((l) => l.includes("quote:") && l.includes(citation.quote.slice(0, 30)));
  if (!quoteLine) throw new Error(`the quote of ${issue} is not on one line`);
  for (let i = 0; i < count; i++) {
    // A different letter in each copy, so no two quotes, and no two searches, are the same.
    const at = 10 + (i % Math.max(1, citation.quote.length - 20));
    const typo = citation.quote.slice(0, at) + (citation.quote[at] === "x" ? "y" : "x") + citation.quote.slice(at + 1);
    const copy = text
      .replace(/^slug: .*$/m, `slug: scale-${i + 1}`)
      .replace(/^aliases:.*(\n\s+- .*)*/m, "aliases: []")
      .replace(quoteLine, quoteLine.replace(citation.quote, typo));
    writeFileSync(path.join(dir, "issues", `scale-${i + 1}.yaml`), copy);
  }
}

/** The real data with the source `data/` cites first grown to `bytes` with filler text no quote is in. */
export function writeBigSource(dir: string, bytes: number): void {
  freshCopy(dir);
  const source = data().sources.find((s) => s.id === aCitation().citation.source)!;
  const file = path.join(dir, "sources", source.file);
  const original = readFileSync(file);
  const words = ["negotiation", "proposal", "delegation", "framework", "guarantee", "territory", "ceasefire", "agreement", "sanction", "monitoring"];
  const paragraphs: string[] = [];
  let size = original.length;
  for (let i = 0; size < bytes; i++) {
    const line = Array.from({ length: 60 }, (_, k) => words[(i * 7 + k * 3 + (k >> 2)) % words.length]).join(" ") + ` (filler ${i}).\n\n`;
    paragraphs.push(line);
    size += Buffer.byteLength(line);
  }
  const grown = Buffer.concat([original, Buffer.from(`\n\n${paragraphs.join("")}`)]);
  writeFileSync(file, grown);
  const sha = createHash("sha256").update(grown).digest("hex");
  const yaml = path.join(dir, "sources.yaml");
  const before = readFileSync(yaml, "utf8");
  const recorded = createHash("sha256").update(original).digest("hex");
  if (!before.includes(recorded)) throw new Error(`sources.yaml does not record ${source.file}'s SHA-256`);
  writeFileSync(yaml, before.replace(recorded, sha));
}
