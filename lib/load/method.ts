/**
 * The method, enforced: the rules that make a cell mean what its evidence says. Each broken rule
 * is a problem naming file, line and field. Called by build.ts once the files are parsed; pure,
 * like it. The rules and why are in the README ("The method") and on the About page.
 */
import type { Citation, Issue, Position, Source, SourceWithText, TimelineEvent } from "../data/schema";
import { fieldPath, show, type DataProblem } from "./problems";
import { findQuote, lineAt, type QuoteSelector } from "../data/quotes";
import { hedgesIn, outsideSpans, quotedSpans, sentenceStart, type Span } from "./sentences";
import type { ParsedFile } from "./yaml-file";
import { CITATION_KIND_INFO, SOURCE_KIND_INFO } from "../data/vocab";

export type MethodInput = {
  sources: ReadonlyMap<string, SourceWithText>;
  positions: ReadonlyMap<string, Position>;
  sourcesFile: ParsedFile<Source[]>;
  positionsFile: ParsedFile<Position[]>;
  timelineFile: ParsedFile<TimelineEvent[]>;
  issueFiles: readonly ParsedFile<Issue>[];
  /** Where the source texts live, for messages. */
  sourceDir: string;
};

type Path = PropertyKey[];
type At = (parsed: ParsedFile<unknown>, path: Path, message: string) => void;
/** A passage found in its source. */
type Located = Span & { source: SourceWithText };
type Locate = (selector: QuoteSelector & { source: string }) => Located | undefined;
/** A passage that a source's known problem records as disagreeing with another. */
type Disputed = Span & { source: string; note: string };

export function checkMethod(input: MethodInput): DataProblem[] {
  const problems: DataProblem[] = [];
  const at: At = (parsed, path, message) =>
    problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldPath(path), message });
  const locate: Locate = (selector) => {
    const source = input.sources.get(selector.source);
    const match = source ? findQuote(source.text, selector) : undefined;
    return source && match?.ok ? { source, start: match.start, end: match.end } : undefined;
  };
  const ownWords = ownWordsRule(input.positions);
  // A positions file that failed is reported once, by build.ts: what depends on it is left unchecked.
  const positionsKnown = input.positionsFile.value !== undefined;

  checkPositions(input, at);
  const disputed = checkSources(input, at, locate);

  /** Checks a cell's or event's citations; `owners` are the actors whose own words a cell may give (null: an event). */
  const checkCitations = (parsed: ParsedFile<unknown>, path: Path, citations: readonly Citation[], owners: readonly string[] | null) =>
    citations.flatMap((c, k) => {
      const here = [...path, "citations", k];
      const found = locate(c);
      if (!found) return []; // build.ts reports the unknown source or the quote not found.
      if (c.speaker !== undefined && c.kind !== "own-words")
        at(parsed, [...here, "speaker"],
          `"speaker" is for own words only, and this citation is ${CITATION_KIND_INFO[c.kind].label.toLowerCase()}: ` +
            `name ${show(c.speaker)} in "about" instead, which the page never shows as a speaker`);
      const own = positionsKnown ? ownWords(c, found, owners) : null;
      if (own) at(parsed, [...here, own.field], own.message);
      const hedge = droppedHedge(found, input.sourceDir);
      if (hedge) at(parsed, [...here, "quote"], hedge);
      return [{ source: found.source.id, start: found.start, end: found.end }];
    });

  /** A cell or event that cites a disputed passage says so, and one that says so cites one. */
  const checkDisagreement = (parsed: ParsedFile<unknown>, path: Path, cited: readonly (Span & { source: string })[], text: string | undefined, what: string) => {
    if (!input.sourcesFile.value) return; // Without the sources' problems there is nothing to check against.
    const hit = disputed.find((d) => cited.some((c) => c.source === d.source && c.start < d.end && d.start < c.end));
    if (hit && text === undefined)
      at(parsed, [...path, "disagreement"],
        `this ${what} cites a passage that data/sources.yaml records as disputed (${show(hit.note)}): ` +
          `say what the sources disagree on in "disagreement", shown with the ${what}`);
    if (!hit && text !== undefined)
      at(parsed, [...path, "disagreement"],
        `no passage this ${what} cites is recorded as disputed in data/sources.yaml: record the disagreement, with its passages, ` +
          `under the source's "problems", or remove the field`);
  };

  for (const parsed of input.issueFiles)
    parsed.value?.cells.forEach((cell, ci) => {
      const position = input.positions.get(cell.position);
      if (!position) return;
      const path: Path = ["cells", ci];
      if (cell.stance !== "not-addressed" && cell.citations.length > 0 && cell.citations.every((c) => c.kind === "commentary"))
        at(parsed, [...path, "citations"],
          `stance ${show(cell.stance)} rests on commentary alone: commentary may accompany a stance, never carry it. ` +
            `Cite the party's own words or reporting of its position, or make the stance "not-addressed"`);
      const owners = position.kind === "actor" ? [position.slug] : position.authors;
      checkDisagreement(parsed, path, checkCitations(parsed, path, cell.citations, owners), cell.disagreement, "cell");
    });
  input.timelineFile.value?.forEach((event, i) =>
    checkDisagreement(input.timelineFile, [i], checkCitations(input.timelineFile, [i], event.citations, null), event.disagreement, "event"),
  );
  return problems;
}

/**
 * Own words are the words of the column's own statement (for a document: one that all its
 * authors issued; for an event: any party's), or, in anyone else's text, only what lies inside
 * its quotation marks, with the speaker named. Returns the problem, if any.
 */
function ownWordsRule(positions: ReadonlyMap<string, Position>) {
  const spans = new Map<string, Span[]>();
  const spansOf = (s: SourceWithText) => spans.get(s.id) ?? spans.set(s.id, quotedSpans(s.text)).get(s.id)!;
  const notActor = (slug: string) => positions.get(slug)?.kind !== "actor";
  return (c: Citation, { source, start, end }: Located, owners: readonly string[] | null) => {
    if (c.kind !== "own-words") return null;
    // Wrong metadata of a source or a document is reported once, there, not at every citation.
    const unsure =
      (source.kind === "own-statement" && source.statementOf.length === 0) ||
      source.statementOf.some(notActor) ||
      (owners !== null && (owners.length === 0 || owners.some(notActor)));
    const own = owners ? owners.every((o) => source.statementOf.includes(o)) : source.statementOf.length > 0;
    if (unsure || own) return null;
    const outside = outsideSpans(spansOf(source), start, end).filter((s) => /[\p{L}\p{N}]/u.test(source.text.slice(s.start, s.end)));
    if (outside.length > 0) {
      const whose = source.statementOf.length > 0
        ? `the own statement of ${source.statementOf.join(" and ")}, not of ${owners!.join(" and ")}`
        : SOURCE_KIND_INFO[source.kind].label.toLowerCase();
      return {
        field: "kind",
        message:
          `own words from ${show(source.id)} (${whose}) are only the words inside its quotation marks, and these are not: ` +
          `${show(source.text.slice(outside[0]!.start, outside[0]!.end))}. Trim the quote to the quoted words, or make it "reporting"`,
      };
    }
    if (c.speaker === undefined)
      return { field: "speaker", message: `own words quoted by ${show(source.id)} need a "speaker": whose words its quotation marks give` };
    return null;
  };
}

/** A quote that leaves out the opening of its sentence must not leave out a hedge with it. */
function droppedHedge({ source, start }: Located, sourceDir: string): string | null {
  const opening = sentenceStart(source.text, start);
  const dropped = source.text.slice(opening, start);
  const hedges = hedgesIn(dropped);
  if (hedges.length === 0) return null;
  return (
    `the quote leaves out the opening of its sentence (${sourceDir}/${source.file} line ${lineAt(source.text, opening)}), ` +
    `${show(dropped.trim())}, and with it the hedge ${hedges.map((h) => show(h)).join(", ")}: start the quote at the sentence's first words`
  );
}

function checkPositions({ positions, positionsFile }: MethodInput, at: At) {
  (positionsFile.value ?? []).forEach((p, i) => {
    if (!/^[^.!?]*(?:[.!?](?!\s)[^.!?]*)*\.$/.test(p.scope))
      at(positionsFile, [i, "scope"], `one sentence, ending with a full stop, that says what belongs in this column (got ${show(p.scope)})`);
    if (p.kind === "document" && p.authors.length === 0)
      at(positionsFile, [i, "authors"], `a document names its authors: the actor positions whose document it is`);
    if (p.kind === "actor" && p.authors.length > 0)
      at(positionsFile, [i, "authors"], `an actor has no authors; only a document does`);
    p.authors.forEach((a, k) => {
      if (positions.get(a)?.kind !== "actor")
        at(positionsFile, [i, "authors", k], `unknown author ${show(a)}: expected the slug of an actor position`);
    });
  });
}

/** Checks each source's metadata, and returns the passages its known problems record as disputed. */
function checkSources({ sourcesFile, positions, positionsFile }: MethodInput, at: At, locate: Locate): Disputed[] {
  const disputed: Disputed[] = [];
  (sourcesFile.value ?? []).forEach((s, i) => {
    const named = s.author !== null || s.publisher !== null;
    if (!named && !s.anonymous)
      at(sourcesFile, [i, "anonymous"], `the text names no author or publisher: name one, or write "anonymous: true"`);
    if (named && s.anonymous)
      at(sourcesFile, [i, "anonymous"], `"anonymous: true", yet the source names ${show(s.author ?? s.publisher)}: remove one of them`);
    if (s.kind === "own-statement" && s.statementOf.length === 0)
      at(sourcesFile, [i, "statementOf"], `a party's own statement names whose it is: the actor positions it speaks for`);
    if (s.kind !== "own-statement" && s.statementOf.length > 0)
      at(sourcesFile, [i, "statementOf"], `only a party's own statement (kind "own-statement") speaks for a party; this is ${show(s.kind)}`);
    if (positionsFile.value) s.statementOf.forEach((slug, k) => {
      if (positions.get(slug)?.kind !== "actor")
        at(sourcesFile, [i, "statementOf", k], `unknown actor ${show(slug)}: expected the slug of an actor position`);
    });
    s.problems.forEach((problem, j) => {
      if (problem.passages.length === 1)
        at(sourcesFile, [i, "problems", j, "passages"], `a disagreement names at least two passages that disagree, or none`);
      problem.passages.forEach((p, k) => {
        const found = locate({ ...p, source: p.source ?? s.id });
        if (!found)
          return at(sourcesFile, [i, "problems", j, "passages", k, "quote"],
            `passage ${show(p.quote)} is not found once in source ${show(p.source ?? s.id)}: copy it verbatim, with a prefix if it occurs twice`);
        if (problem.passages.length > 1) disputed.push({ source: found.source.id, start: found.start, end: found.end, note: problem.note });
      });
    });
  });
  return disputed;
}
