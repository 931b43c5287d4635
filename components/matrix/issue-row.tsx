import Link from "next/link";
import { lazy, memo, Suspense, useContext } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import { issueHref } from "@/lib/site/links";
import type { MatrixRow } from "@/lib/matrix/table";
import { cellMatches } from "@/lib/matrix/row-query";
import { AgreementBadge } from "./agreement-badge";
import { Highlight } from "@/components/ui/highlight";
import { MatrixCellView } from "./matrix-cell";
import { ViewQueryContext } from "./use-matrix";

// Quotes side by side are asked for rarely: their code loads the first time they are.
const QuotesRow = lazy(() => import("./quotes-row"));

const NO_TERMS: readonly string[] = [];

type Props = {
  row: MatrixRow;
  positions: readonly MatrixPosition[];
  terms: readonly string[];
  /** The row's element that takes Tab ("<issue>" for its title, "<issue>.<position>" for a cell), if any. */
  tabbable: string | null;
  /** The category's title, shown when rows are not grouped under it. */
  category: string | null;
  /** Position among all rows, for screen readers, when only some rows are rendered. */
  rowIndex?: number;
  /** The shown positions' quotes side by side in a row of their own, below this one. */
  quotes?: boolean;
};

export const IssueRow = memo(function IssueRow({ row, positions, terms, tabbable, category, rowIndex, quotes = false }: Props) {
  const { issue, comparison } = row;
  return (
    <>
      <tr className="issue-row" data-row-key={issue.slug} aria-rowindex={rowIndex}>
        <th
          scope="row"
          aria-labelledby={`issue-${issue.slug}`}
          className="issue-cell"
        >
          <IssueLink slug={issue.slug} title={issue.title} terms={terms} tabbable={tabbable === issue.slug} />
          <span className="line small">
            Proposition: <Highlight text={issue.proposition} terms={terms} />
          </span>
          {category && <span className="line category">{category}</span>}
        </th>
        <td className="agreement-cell">
          <AgreementBadge comparison={comparison} />
        </td>
        {positions.map((p, i) => {
          const cell = row.shown[i];
          if (!cell) return <td key={p.slug} />;
          return (
            <MatrixCellView
              key={p.slug}
              issue={issue.slug}
              title={issue.title}
              position={p}
              cell={cell}
              terms={cellMatches(cell, terms) ? terms : NO_TERMS}
              tabbable={tabbable === `${issue.slug}.${p.slug}`}
            />
          );
        })}
      </tr>
      {quotes && (
        <Suspense fallback={null}>
          <QuotesRow row={row} positions={positions} terms={terms} />
        </Suspense>
      )}
    </>
  );
});

function IssueLink({ slug, title, terms, tabbable }: { slug: string; title: string; terms: readonly string[]; tabbable: boolean }) {
  const query = useContext(ViewQueryContext);
  return (
    <Link
      href={issueHref(slug, undefined, query)}
      prefetch={false}
      id={`issue-${slug}`}
      data-nav={slug}
      tabIndex={tabbable ? 0 : -1}
      className="issue-link"
    >
      <Highlight text={title} terms={terms} />
    </Link>
  );
}
