import { Highlight } from "@/components/ui/highlight";
import type { SourceCaption } from "@/lib/format";
import { passageHref } from "@/lib/site/links";
import { quotedPassage } from "@/lib/release/quote";
import { squash } from "@/lib/data/quotes";
import { CITATION_KIND_INFO, SOURCE_KIND_INFO } from "@/lib/data/vocab";
import type { MatrixCitation } from "@/lib/matrix/data";
import { CitationKindLabel } from "./citation-kind";
import { CopyQuote } from "@/components/release/copy-quote";

// Links that land on an anchor in another page are plain <a>: a full load makes the anchor the
// :target, which styles the arrived-at passage or cell; a client-side navigation would not.

/** What a caption needs of a citation: the issue pages' resolved citations and the matrix's slim ones both fit. */
type Citation = Omit<MatrixCitation, "id">;

const NO_TERMS: readonly string[] = [];

const Dot = () => <span aria-hidden="true"> · </span>;

/**
 * A quote with who said it, where and when, linking to the highlighted passage in its source:
 * the speaker (own words only: a report names whom it is about instead), the source's title,
 * author or publisher ("no named author or publisher" where it names neither), date and kind, and the quote's kind.
 * The same on the issue and timeline pages and in the matrix's evidence panel, which passes
 * the search words to mark. Its look: `.quote` in source.css.
 */
export function CitedQuote({ citation, source, terms = NO_TERMS }: { citation: Citation; source: SourceCaption | undefined; terms?: readonly string[] }) {
  return (
    <figure className="quote">
      <blockquote>
        “<Highlight text={squash(citation.quote)} terms={terms} />”
      </blockquote>
      <figcaption>
        {citation.kind === "own-words" && citation.speaker && <span className="speaker">Speaker: {citation.speaker}</span>}
        {citation.about && <span>About: {citation.about}</span>}
        <a href={passageHref(citation)}>
          <cite>{source?.title ?? citation.source}</cite>
          <span className="sr-only">: read the passage in the source</span>
          <span aria-hidden="true"> →</span>
        </a>
        {source && (
          <span>
            <span className={source.anonymous ? "italic" : undefined}>{source.byline}</span>
            <Dot />
            {source.date}
            <Dot />
            <span title={SOURCE_KIND_INFO[source.kind].meaning}>{SOURCE_KIND_INFO[source.kind].label}</span>
          </span>
        )}
        <CitationKindLabel kind={citation.kind} />
        <CopyQuote citation={quotedPassage(citation)} source={source} />
        {citation.kind === "commentary" && <span className="basis-full">{CITATION_KIND_INFO.commentary.meaning}</span>}
      </figcaption>
    </figure>
  );
}

/** A cell's or an event's quotes, one CitedQuote each, as a list named for screen readers when `label` is given. */
export function CitedQuoteList({
  citations,
  sourceOf,
  label,
  terms,
  className = "mt-3 space-y-3",
}: {
  citations: readonly (Citation & { id: string })[];
  sourceOf: (id: string) => SourceCaption | undefined;
  label?: string;
  terms?: readonly string[];
  className?: string;
}) {
  return (
    <ul className={className} aria-label={label}>
      {citations.map((c) => (
        <li key={c.id}>
          <CitedQuote citation={c} source={sourceOf(c.source)} terms={terms} />
        </li>
      ))}
    </ul>
  );
}
