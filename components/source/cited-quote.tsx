import { formatSourceDate } from "@/lib/format";
import { passageHref } from "@/lib/links";
import type { ResolvedCitation, Source } from "@/lib/schema";
import { CitationKindLabel } from "./citation-kind";

// Links that land on an anchor in another page are plain <a>: a full load makes the anchor the
// :target, which styles the arrived-at passage or cell; a client-side navigation would not.

/** A quote with who said it, where and when, linking to the highlighted passage in its source. */
export function CitedQuote({ citation, source }: { citation: ResolvedCitation; source: Source | undefined }) {
  return (
    <figure className="space-y-1">
      <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-100">
        “{citation.quote.replace(/\s+/g, " ").trim()}”
      </blockquote>
      <figcaption className="flex flex-wrap items-center gap-x-2 gap-y-1 pl-4 text-sm text-slate-600 dark:text-slate-300">
        {citation.speaker && <span className="font-medium text-slate-800 dark:text-slate-100">{citation.speaker}</span>}
        <a href={passageHref(citation)} className="underline underline-offset-4 hover:text-slate-900 dark:hover:text-white">
          <cite className="not-italic">{source?.title ?? citation.source}</cite>
          <span className="sr-only">: read the passage in the source</span>
          <span aria-hidden="true"> →</span>
        </a>
        {source && <span>{formatSourceDate(source.date)}</span>}
        <CitationKindLabel kind={citation.kind} />
      </figcaption>
    </figure>
  );
}
