import { passageHref } from "@/lib/site/links";
import type { SourceCaption } from "@/lib/format";
import type { ResolvedCitation } from "@/lib/data/schema";

// Links that land on an anchor in another page are plain <a>: a full load makes the anchor the
// :target, which styles the arrived-at passage or cell; a client-side navigation would not.

/** "Source A (passages 1, 2); Source B": each cited passage one click from its highlight, each source named once. */
export function PassageLinks({ citations, sources }: { citations: ResolvedCitation[]; sources: Map<string, SourceCaption> }) {
  const bySource = new Map<string, ResolvedCitation[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  return [...bySource].map(([id, own], i) => {
    const title = sources.get(id)?.title ?? id;
    return (
      <span key={id}>
        {i > 0 && "; "}
        {own.length === 1 ? (
          <a href={passageHref(own[0]!)} className="underline underline-offset-4">
            {title}
          </a>
        ) : (
          <>
            {title} (passages{" "}
            {own.map((c, k) => (
              <span key={c.id}>
                {k > 0 && ", "}
                <a href={passageHref(c)} className="underline underline-offset-4" aria-label={`${title}, passage ${k + 1}`}>
                  {k + 1}
                </a>
              </span>
            ))}
            )
          </>
        )}
      </span>
    );
  });
}
