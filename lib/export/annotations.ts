/**
 * Every citation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the passage
 * in its source, by a TextQuoteSelector and a TextPositionSelector, annotated with the cell it
 * supports or the timeline entry it dates. Tools that speak the model (Hypothesis among them) can re-anchor each one.
 */
import type { Dataset, ResolvedCitation } from "../data/schema";
import { STANCE_INFO } from "../data/vocab";
import { formatPartialDate } from "../format";
import { appUrl, eventHref, issueUrl, sourceUrl } from "../site/links";
import type { Edition } from "../release/edition";

/** How much text the prefix and suffix start with; doubled until the three together occur once. */
const CONTEXT = 32;
const MAX_CONTEXT = 1024;

/** Code points, not UTF-16 units: the model counts characters (TextPositionSelector, §4.2.2). */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++, n++) {
    const c = text.charCodeAt(i);
    // A high surrogate and the low one after it are one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++;
  }
  return n;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1 && n < 2; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/** The quote selector of [start, end): prefix and suffix just long enough to tell the passage from any other. */
export function quoteSelector(text: string, start: number, end: number) {
  const exact = text.slice(start, end);
  let size = CONTEXT;
  for (;;) {
    const prefix = text.slice(Math.max(0, start - size), start);
    const suffix = text.slice(end, end + size);
    const done = size >= MAX_CONTEXT || occurrences(text, prefix + exact + suffix) === 1;
    if (done) return { type: "TextQuoteSelector" as const, exact, prefix, suffix };
    size *= 2;
  }
}

export type AnnotationOptions = { siteUrl: string; edition: Edition; sha256: (source: Dataset["sources"][number]) => string };

/** What an annotation says of its citation: in words, then as data (what the JSON-LD context names). */
type AnnotationBody = { id: string; words: string; about: string; fields: Record<string, string> };

export function annotationCollection(data: Dataset, { siteUrl, edition, sha256 }: AnnotationOptions) {
  const id = appUrl(siteUrl, "export/annotations.jsonld");
  const sources = new Map(data.sources.map((s) => [s.id, { source: s, hash: sha256(s) }]));
  const label = (slug: string) => data.positions.find((p) => p.slug === slug)?.label ?? slug;
  const annotation = (c: ResolvedCitation, body: AnnotationBody) => {
    const { source, hash } = sources.get(c.source)!;
    return {
      id: `${id}#${body.id}.${c.start}-${c.end}`,
      type: "Annotation",
      motivation: "describing",
      body: [
        { type: "TextualBody", purpose: "describing", format: "text/plain", language: "en", value: `${body.words} (${c.kind})` },
        { type: "SpecificResource", purpose: "classifying", source: body.about, ...body.fields, citationKind: c.kind, ...(c.speaker ? { speaker: c.speaker } : {}) },
      ],
      target: {
        source: { id: sourceUrl(siteUrl, source.id), type: "Text", title: source.title, sha256: hash },
        selector: [
          quoteSelector(source.text, c.start, c.end),
          { type: "TextPositionSelector", start: codePointOffset(source.text, c.start), end: codePointOffset(source.text, c.end) },
        ] as const,
      },
    };
  };
  const cells = data.issues.flatMap((issue) =>
    data.positions.flatMap((p) => {
      const cell = issue.cells[p.slug];
      const body = cell && {
        id: `${issue.slug}.${p.slug}`,
        words: `${issue.title} × ${label(p.slug)}: ${STANCE_INFO[cell.stance].label}`,
        about: `${issueUrl(siteUrl, issue.slug)}#${p.slug}`,
        fields: { issue: issue.slug, position: p.slug, stance: cell.stance },
      };
      return body ? cell.citations.map((c) => annotation(c, body)) : [];
    }),
  );
  // The timeline's entries cite their sources as cells do: each dates an event and says what happened.
  const events = data.events.flatMap((event) => {
    const body = { id: `timeline.${event.id}`, words: `Timeline, ${formatPartialDate(event.date)}: ${event.title}`, about: appUrl(siteUrl, eventHref(event.id)), fields: { event: event.id } };
    return event.citations.map((c) => annotation(c, body));
  });
  const items = [...cells, ...events];
  const vocab = appUrl(siteUrl, "api/v1/openapi.json#");
  return {
    "@context": [
      "http://www.w3.org/ns/anno.jsonld",
      { pm: vocab, issue: "pm:issue", event: "pm:event", position: "pm:position", stance: "pm:stance", citationKind: "pm:citationKind", speaker: "pm:speaker", sha256: "pm:sha256", title: "http://purl.org/dc/terms/title" },
    ],
    id,
    type: "AnnotationCollection",
    label: `Positions Matrix citations${edition.release ? `, version ${edition.release.version}` : ""}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
