import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, memo, Suspense } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import { issueHref } from "@/lib/site/links";
import type { MatrixRow } from "@/lib/matrix/table";
import { quoteTerms } from "@/lib/matrix/row-query";
import { AgreementBadge } from "./agreement-badge";
import { MatrixCellView } from "./matrix-cell";

// Quotes side by side are asked for rarely: their code loads the first time they are.
const QuotesRow = lazy(() => import("./quotes-row"));

type Props = {
  row: MatrixRow;
  positions: readonly MatrixPosition[];
  /**
   * The search's words, given only when one of the row's quotes has one (quoteTerms): the cells
   * show a window of that quote. Titles, propositions and summaries are marked by the grid
   * (search-hits.ts), so a keystroke re-renders only the rows it adds and those it shows a quote of.
   */
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
          <IssueLink slug={issue.slug} title={issue.title} tabbable={tabbable === issue.slug} />
          <span className="line small">
            Proposition: <span data-find>{issue.proposition}</span>
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
              terms={quoteTerms([cell], terms)}
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

function IssueLink({ slug, title, tabbable }: { slug: string; title: string; tabbable: boolean }) {
  const router = useRouter();
  return (
    <Link
      href={issueHref(slug)}
      // The address the grid wrote (carryView), which has the view in it: a click goes there too.
      onNavigate={(e) => {
        const to = document.getElementById(`issue-${slug}`)?.getAttribute("href");
        if (!to || to === issueHref(slug)) return;
        e.preventDefault();
        router.push(to);
      }}
      prefetch={false}
      id={`issue-${slug}`}
      data-nav={slug}
      tabIndex={tabbable ? 0 : -1}
      className="issue-link"
    >
      <span data-find>{title}</span>
    </Link>
  );
}

/**
 * Gives each issue link under `root` the table's view (its query), so that the issue page keeps
 * it: written into the DOM after each commit, where a view in the links' props re-rendered all of
 * them on every keystroke of the search. A link opened in a new tab, copied or shown on hover has it.
 */
export function carryView(root: ParentNode, query: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a.issue-link[data-nav]")) {
    const href = issueHref(link.dataset.nav!, undefined, query);
    if (link.getAttribute("href") !== href) link.setAttribute("href", href);
  }
}
