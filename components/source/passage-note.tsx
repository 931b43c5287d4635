import Link from "next/link";
import { StanceIcon } from "@/components/ui/stance-icon";
import { groupCiters, type CitedPassage } from "@/lib/source/citation-index";
import { formatPartialDate } from "@/lib/format";
import { passageId } from "@/lib/data/passage";
import { eventHref, issueHref } from "@/lib/site/links";
import { textFragmentUrl } from "@/lib/source/text-fragment";
import { CITATION_KIND_INFO, STANCE_INFO } from "@/lib/data/vocab";
import type { SourceCaption } from "@/lib/format";
import { quotedPassage } from "@/lib/release/quote";
import { CopyQuote } from "@/components/release/copy-quote";

// Links that land on an anchor in another page are plain <a>: a full load makes the anchor the
// :target, which styles the arrived-at passage or cell; a client-side navigation would not.

/**
 * Beside a highlight: the cells (by issue, each position with its stance) and timeline
 * events that cite it, and a link to the passage on the original page where there is one.
 * Its look: `.note` in source.css.
 */
export function PassageNote({ passage, number, text, url, caption }: { passage: CitedPassage; number: number; text: string; url: string | null; caption?: SourceCaption }) {
  const { issues, events } = groupCiters(passage.citers);
  // Whose words the passage gives, as its (first) citation says.
  const cited = passage.citers[0];
  return (
    <aside aria-label={`Passage ${number}`} className="note">
      <p>
        <span>
          <a href={`#${passageId(passage)}`}>Passage {number}</a>
          {caption && cited && (
            <CopyQuote citation={quotedPassage({ ...passage, quote: text, kind: cited.citationKind, speaker: cited.speaker })} source={caption} />
          )}
        </span>
        {url && (
          <a href={textFragmentUrl(url, text)} rel="noopener noreferrer">
            Find it on the original page<span aria-hidden="true"> ↗</span>
          </a>
        )}
      </p>
      <ul>
        {issues.map((g) => (
          <li key={g.issue}>
            <Link href={issueHref(g.issue)} className="issue">
              {g.issueTitle}
            </Link>
            :{" "}
            {g.cells.map((c, i) => (
              <span key={c.position}>
                {i > 0 && " · "}
                <a href={issueHref(c.issue, c.position)} title={`${STANCE_INFO[c.stance].label}; ${CITATION_KIND_INFO[c.citationKind].label.toLowerCase()}`} className="cell">
                  <StanceIcon stance={c.stance} size={12} />
                  {c.positionLabel}
                  <span className="sr-only">
                    , {STANCE_INFO[c.stance].label}, cited as {CITATION_KIND_INFO[c.citationKind].label.toLowerCase()}
                  </span>
                </a>
                {c.citationKind !== "reporting" && (
                  <span aria-hidden="true" className="muted">
                    {" "}
                    ({CITATION_KIND_INFO[c.citationKind].label.toLowerCase()})
                  </span>
                )}
              </span>
            ))}
          </li>
        ))}
        {events.map((e) => (
          <li key={e.event}>
            <span className="muted">Timeline, {formatPartialDate(e.date)}: </span>
            <a href={eventHref(e.event)}>{e.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
