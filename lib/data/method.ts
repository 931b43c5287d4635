/**
 * The method, enforced: the rules that make a cell mean what its evidence says. Each broken rule
 * is a problem naming file, line and field. Called by build.ts once the files have been parsed;
 * pure, like it. The rules and why are in the README ("The method").
 */
import type { Citation, Issue, Position, Source, SourceWithText, TimelineEvent } from "./schema";
import { fieldPath, show, type DataProblem } from "./problems";
import { findQuote, lineAt, type QuoteSelector } from "./quotes";
import { hedgesIn, outsideSpans, quotedSpans, sentenceStart, type Span } from "./sentences";
import type { ParsedFile } from "./yaml-file";
import { CITATION_KIND_INFO, SOURCE_KIND_INFO } from "./vocab";

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
/** A passage that a source's known problem says disagrees with another. */
type Disputed = Span & { source: string; note: string };

export function checkMethod(input: MethodInput): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (parsed: ParsedFile<unknown>, path: Path, message: string) =>
    problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldPath(path), message });
  const spans = new Map<string, Span[]>();
  const spansOf = (s: SourceWithText) => spans.get(s.id) ?? spans.set(s.id, quotedSpans(s.text)).get(s.id)!;
  const where = (s: SourceWithText, offset: number) => `${input.sourceDir}/${s.file} line ${lineAt(s.text, offset)}`;

  const locate = (selector: QuoteSelector & { source: string }) => {
    const source = input.sources.get(selector.source);
    const match = source ? findQuote(source.text, selector) : undefined;
    return source && match?.ok ? { source, start: match.start, end: match.end } : undefined;
  };

  checkPositions(input, at);
  const disputed = checkSources(input, at, locate);

  /** The rules every citation obeys; `owners` are the positions whose own words a cell's citation may give. */
  const checkCitation = (parsed: ParsedFile<unknown>, path: Path, c: Citation, owners: readonly string[] | null) => {
    const found = locate(c);
    if (!found) return undefined; // build.ts reports the unknown source or the quote not found.
    const { source, start, end } = found;
    if (c.speaker !== undefined && c.kind !== "own-words")
      at(parsed, [...path, "speaker"],
        `"speaker" is for own words only, and this citation is ${CITATION_KIND_INFO[c.kind].label.toLowerCase()}: ` +
          `name ${show(c.speaker)} in "about" instead, which the page never shows as a speaker`);
    // A source or document whose own metadata is wrong is reported once, there, not at every citation.
    const notActor = (slug: string) => input.positions.get(slug)?.kind !== "actor";
    const unsure =
      (source.kind === "own-statement" && source.statementOf.length === 0) ||
      source.statementOf.some(notActor) ||
      (owners !== null && (owners.length === 0 || owners.some(notActor)));
    if (c.kind === "own-words" && !unsure) {
      const own = owners ? owners.every((o) => source.statementOf.includes(o)) : source.statementOf.length > 0;
      const outside = outsideSpans(spansOf(source), start, end).filter((s) => /[\p{L}\p{N}]/u.test(source.text.slice(s.start, s.end)));
      if (!own && outside.length > 0) {
        const whose = source.statementOf.length > 0 ? `the own statement of ${source.statementOf.join(" and ")}, not of ${owners!.join(" and ")}` : SOURCE_KIND_INFO[source.kind].label.toLowerCase();
        at(parsed, [...path, "kind"],
          `own words from ${show(source.id)} (${whose}) are only the words inside its quotation marks, and these are not: ` +
            `${show(source.text.slice(outside[0]!.start, outside[0]!.end))}. Trim the quote to the quoted words, or make it "reporting"`);
      } else if (!own && c.speaker === undefined)
        at(parsed, [...path, "speaker"], `own words quoted by ${show(source.id)} need a "speaker": whose words its quotation marks give`);
    }
    const opening = sentenceStart(source.text, start);
    const dropped = source.text.slice(opening, start);
    const hedges = hedgesIn(dropped);
    if (hedges.length > 0)
      at(parsed, [...path, "quote"],
        `the quote leaves out the opening of its sentence (${where(source, opening)}), ${show(dropped.trim())}, ` +
          `and with it the hedge ${hedges.map((h) => show(h)).join(", ")}: start the quote at the sentence's first words`);
    return { source: source.id, start, end };
  };

  /** A cell or event that cites a disputed passage says so, and one that says so cites one. */
  const checkDisagreement = (parsed: ParsedFile<unknown>, path: Path, cited: readonly Disputed[] | undefined, text: string | undefined, what: string) => {
    if (!input.sourcesFile.value) return; // Without the sources' problems there is nothing to check against.
    const hits = disputed.filter((d) => cited?.some((c) => c.source === d.source && c.start < d.end && d.start < c.end));
    if (hits.length > 0 && text === undefined)
      at(parsed, [...path, "disagreement"],
        `this ${what} cites a passage that data/sources.yaml records as disputed (${show(hits[0]!.note)}): ` +
          `say what the sources disagree on in "disagreement", shown with the ${what}`);
    if (hits.length === 0 && text !== undefined)
      at(parsed, [...path, "disagreement"],
        `no passage this ${what} cites is recorded as disputed in data/sources.yaml: record the disagreement, with its passages, ` +
          `under the source's "problems", or remove the field`);
  };

  const resolveAll = (parsed: ParsedFile<unknown>, path: Path, citations: readonly Citation[], owners: readonly string[] | null) =>
    citations.flatMap((c, k) => {
      const r = checkCitation(parsed, [...path, "citations", k], c, owners);
      return r ? [{ ...r, note: "" }] : [];
    });

  for (const parsed of input.issueFiles) {
    parsed.value?.cells.forEach((cell, ci) => {
      const position = input.positions.get(cell.position);
      if (!position) return;
      const path: Path = ["cells", ci];
      if (cell.stance !== "not-addressed" && cell.citations.length > 0 && cell.citations.every((c) => c.kind === "commentary"))
        at(parsed, [...path, "citations"],
          `stance ${show(cell.stance)} rests on commentary alone: commentary may accompany a stance, never carry it. ` +
            `Cite the party's own words or reporting of its position, or make the stance "not-addressed"`);
      const owners = position.kind === "actor" ? [position.slug] : position.authors;
      checkDisagreement(parsed, path, resolveAll(parsed, path, cell.citations, owners), cell.disagreement, "cell");
    });
  }
  input.timelineFile.value?.forEach((event, i) =>
    checkDisagreement(input.timelineFile, [i], resolveAll(input.timelineFile, [i], event.citations, null), event.disagreement, "event"),
  );
  return problems;
}

type At = (parsed: ParsedFile<unknown>, path: Path, message: string) => void;

function checkPositions({ positions, positionsFile }: MethodInput, at: At) {
  const list = positionsFile.value ?? [];
  list.forEach((p, i) => {
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

function checkSources(
  { sourcesFile, positions }: MethodInput,
  at: At,
  locate: (s: QuoteSelector & { source: string }) => { source: SourceWithText; start: number; end: number } | undefined,
): Disputed[] {
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
    s.statementOf.forEach((slug, k) => {
      if (positions.get(slug)?.kind !== "actor")
        at(sourcesFile, [i, "statementOf", k], `unknown actor ${show(slug)}: expected the slug of an actor position`);
    });
    s.problems.forEach((problem, j) => {
      if (problem.passages.length === 1)
        at(sourcesFile, [i, "problems", j, "passages"], `a disagreement names at least two passages that disagree, or none`);
      problem.passages.forEach((p, k) => {
        const found = locate({ ...p, source: p.source ?? s.id });
        if (!found) return at(sourcesFile, [i, "problems", j, "passages", k, "quote"], `passage ${show(p.quote)} is not found once in source ${show(p.source ?? s.id)}: copy it verbatim, with a prefix if it occurs twice`);
        if (problem.passages.length > 1) disputed.push({ source: found.source.id, start: found.start, end: found.end, note: problem.note });
      });
    });
  });
  return disputed;
}
