/**
 * Generates a synthetic data folder (the same files as data/) for benchmarks and hostile-input
 * tests: any number of issues and positions, source texts made of numbered clauses, and quotes
 * copied from those texts so the loader's verbatim check passes. Everything is labelled
 * "Synthetic" so it can never pass for the real corpus. Pure (but for Node's hash of each text):
 * returns file paths and contents.
 */
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { Site } from "../lib/data/site";
import { sourceSchema } from "../lib/data/schema";
import { SILENT_SUMMARY, SOURCE_KINDS, STANCES } from "../lib/data/vocab";

export type SyntheticOptions = {
  issues: number;
  positions: number;
  /** Seed of the pseudo-random choices: the same seed gives the same files. */
  seed?: number;
  /** Put HTML and script into titles, summaries, quotes and source texts. */
  hostile?: boolean;
};

/** Markup that must come out of the app as literal text. Each is unique, so a test can find it. */
export const HOSTILE = {
  issueTitle: `<script>alert("issue-title")</script> Hostile issue`,
  summary: `<img src=x onerror="alert('summary')"> <script>alert("summary")</script> Hostile summary.`,
  quote: `<script>alert("quote")</script> <img src=x onerror="alert('quote')"> hostile clause`,
  sourceTitle: `<script>alert("source-title")</script><img src=x onerror=alert(1)> Hostile source`,
  categoryTitle: `<b onmouseover=alert(1)>Hostile category</b>`,
  positionLabel: `<i>Hostile</i> position`,
  eventTitle: `<svg onload=alert("event")> Hostile event`,
  url: "javascript:alert(document.domain)",
} as const;

const WORDS = (
  "ceasefire line guarantee sanctions relief reconstruction fund monitoring mission referendum corridor " +
  "prisoner exchange deadline verification troop ceiling energy grid port access grain route border " +
  "customs amnesty election timetable observer treaty annex clause phased withdrawal buffer zone"
).split(" ");

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  return { next, int, pick, words };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Wraps text at about 78 characters: the loader must find quotes across line breaks. */
const wrap = (text: string) => text.replace(/(.{1,78})(\s+|$)/g, "$1\n").trimEnd();

const SYNTHETIC_SITE: Site = {
  name: "Positions Matrix",
  title: "Positions Matrix: a synthetic data set",
  description: "A synthetic data set for tests and benchmarks: every text is generated.",
  scope: "a synthetic negotiation",
  keywords: ["synthetic"],
  judgementCalls: [],
  compiler: "Positions Matrix project",
  licence: { id: "CC-BY-4.0", name: "CC BY 4.0", title: "Creative Commons Attribution 4.0 International", url: "https://creativecommons.org/licenses/by/4.0/" },
};

export function generateDataset({ issues, positions, seed = 1, hostile = false }: SyntheticOptions): Map<string, string> {
  const rnd = random(seed);
  const files = new Map<string, string>();
  const width = String(issues).length;
  const sourceCount = Math.max(3, Math.ceil(issues / 25));
  const categoryCount = Math.min(8, Math.max(2, Math.ceil(issues / 3)));
  // A javascript: address goes in only while the schema lets it through, to show it stays inert.
  const hostileUrl = hostile && sourceSchema.shape.url.safeParse(HOSTILE.url).success ? HOSTILE.url : null;

  // Positions 1, 4, 7, … are actors, the others documents written by the first actor.
  const isActor = (i: number) => i % 3 === 0;
  const actors = Array.from({ length: positions }, (_, i) => i).filter(isActor).map((i) => `position-${i + 1}`);
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const kind = SOURCE_KINDS[i % SOURCE_KINDS.length]!;
    return {
      id: `synthetic-source-${i + 1}`,
      file: `synthetic-${pad(i + 1, 3)}.txt`,
      title: hostile && i === 0 ? HOSTILE.sourceTitle : `Synthetic source ${i + 1}: ${rnd.words(4)}`,
      publisher: null,
      author: null,
      anonymous: true,
      date: { value: `2025-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`, qualifier: "exact" },
      kind,
      // An own statement speaks for every actor: own words from it fit any cell of theirs.
      statementOf: kind === "own-statement" ? actors : [],
      url: hostile && i === 0 ? hostileUrl : null,
      notes: "Generated for benchmarks and tests; not part of the corpus.",
      problems: [],
    };
  });
  const clauses: string[][] = sources.map((s) => [`${s.title}. Generated text, not part of the corpus.`]);
  /**
   * Appends a new clause to a source and returns the quote that cites it: own words where the
   * source is an own statement and the cell an actor's, else reporting, or commentary when allowed.
   */
  const cite = (forced?: string, { actor = false, commentary = false } = {}) => {
    const s = rnd.int(sourceCount);
    const n = clauses[s]!.length;
    const quote = `Clause ${s + 1}.${n}: ${forced ?? rnd.words(8 + rnd.int(10))}.`;
    clauses[s]!.push(quote, `Filler ${s + 1}.${n}: ${rnd.words(6)}.`);
    const own = actor && sources[s]!.kind === "own-statement";
    const kind = own ? "own-words" : commentary && rnd.next() < 0.5 ? "commentary" : "reporting";
    return { source: sources[s]!.id, quote, kind };
  };

  const positionList = Array.from({ length: positions }, (_, i) => ({
    slug: `position-${i + 1}`,
    label: hostile && i === 0 ? HOSTILE.positionLabel : `Synthetic position ${i + 1}`,
    shortLabel: `Position ${i + 1}`,
    description: `Synthetic position ${i + 1}: ${rnd.words(10)}.`,
    scope: `What synthetic position ${i + 1} holds, generated for tests.`,
    actor: `Synthetic actor ${i + 1}`,
    date: "2025-11",
    kind: isActor(i) ? "actor" : "document",
    authors: isActor(i) ? [] : [actors[0]!],
    default: i < 4,
    order: (i + 1) * 10,
  }));
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    slug: `category-${i + 1}`,
    title: hostile && i === 0 ? HOSTILE.categoryTitle : `Synthetic category ${i + 1}`,
    description: `Synthetic category ${i + 1}: ${rnd.words(8)}.`,
    order: (i + 1) * 10,
  }));

  const slugs: string[] = [];
  for (let i = 0; i < issues; i++) {
    const slug = `synthetic-issue-${pad(i + 1, width)}`;
    slugs.push(slug);
    const first = hostile && i === 0;
    const cells = positionList.map((p, k) => {
      const stance = first && k === 0 ? "supports" : rnd.pick(STANCES);
      if (stance === "not-addressed") return { position: p.slug, stance, summary: SILENT_SUMMARY };
      const actor = isActor(k);
      const citations = [cite(first && k === 0 ? HOSTILE.quote : undefined, { actor })];
      if (rnd.next() < 0.4) citations.push(cite(undefined, { actor, commentary: true }));
      const summary = first && k === 0 ? HOSTILE.summary : `Synthetic summary: ${rnd.words(8 + rnd.int(16))}`.slice(0, 250) + ".";
      return { position: p.slug, stance, summary, citations };
    });
    const issue = {
      slug,
      title: first ? HOSTILE.issueTitle : `Synthetic issue ${i + 1}: ${rnd.words(3)}`,
      definition: `Synthetic definition: ${rnd.words(10)}.`,
      proposition: `Synthetic proposition: ${rnd.words(8)}.`,
      category: categories[i % categoryCount]!.slug,
      order: i,
      aliases: [],
      cells,
    };
    files.set(`issues/${slug}.yaml`, stringify(issue));
  }

  const events = Array.from({ length: Math.max(2, Math.ceil(issues / 20)) }, (_, i) => ({
    id: `synthetic-event-${i + 1}`,
    date: `2025-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
    title: hostile && i === 0 ? HOSTILE.eventTitle : `Synthetic event ${i + 1}`,
    description: `Synthetic event ${i + 1}: ${rnd.words(12)}.`,
    issues: [slugs[i % slugs.length]!],
    citations: [cite()],
  }));

  const texts = sources.map((_, i) => clauses[i]!.map(wrap).join("\n\n") + "\n");
  // Each source records the SHA-256 of its text, as data/sources.yaml does, so the loader's copy check applies.
  const recorded = sources.map(({ id, file, ...rest }, i) => ({ id, file, sha256: createHash("sha256").update(texts[i]!).digest("hex"), ...rest }));
  files.set("sources.yaml", stringify(recorded));
  files.set("positions.yaml", stringify(positionList));
  files.set("categories.yaml", stringify(categories));
  files.set("timeline.yaml", stringify(events));
  files.set("site.yaml", stringify(SYNTHETIC_SITE));
  sources.forEach((s, i) => files.set(`sources/${s.file}`, texts[i]!));
  return files;
}
