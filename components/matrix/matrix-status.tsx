import { countAgreements, type AgreementCounts } from "@/lib/data/compare";
import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import { describeView } from "@/lib/matrix/describe";
import { searches } from "@/lib/matrix/search";
import type { View } from "@/lib/matrix/view";
import { listNames, plural } from "@/lib/format";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useMatrix } from "./use-matrix";

type Props = {
  view: View;
  /** The rows the filters and search let through. */
  rows: readonly MatrixRow[];
  /** Every issue's row under the shown positions, whatever the filters: the totals. */
  all: readonly MatrixRow[];
  positions: readonly MatrixPosition[];
};

/**
 * How many issues the view shows and how the shown positions compare on them, then, when the
 * filters leave some issues out, the same across every issue, so that a quote of the line
 * ("they agree on 0") cannot mislead; and on how many issues the sources give each shown
 * position a stance. On paper, the view itself.
 */
export function MatrixStatus({ view, rows, all, positions }: Props) {
  const { data } = useMatrix();
  const counts = countAgreements(rows.map((r) => r.comparison));
  const folded = rows.filter((r) => view.sort === "category" && view.collapsed.includes(r.issue.category)).length;
  const names = positions.map((p) => p.shortLabel);
  const who = view.compare ? listNames(names) : "the shown positions";
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  const address = useBrowserValue(() => window.location.href, "");
  const described = describeView(view, data);
  const filtered = rows.length < all.length;
  const total = data.issues.length;
  // A search of single letters only filters nothing (MIN_WORD_LENGTH): say so, rather than seem broken.
  const tooShort = view.q.trim() !== "" && !searches(view.q);
  return (
    <>
      <div className="mb-2 hidden text-xs print:block">
        <p>{described.length ? described.join(" · ") : "All issues and positions"}</p>
        {address && <p>{address}</p>}
      </div>
      <div className="mb-2 space-y-0.5 text-sm text-slate-700 dark:text-slate-300">
        <p role="status">
          Showing <strong>{rows.length}</strong> of {total} issues
          {folded > 0 && ` (${folded} in folded groups)`}
          {filtered ? (
            <>
              . Among these {rows.length}, {who} <Counts counts={counts} data="count" />. Across all {total} issues, they{" "}
              <Counts counts={countAgreements(all.map((r) => r.comparison))} data="total" />.
            </>
          ) : (
            <>
              . {Who} <Counts counts={counts} data="count" />.
            </>
          )}
          {tooShort && <span data-search-hint> Search words need two letters or more.</span>}
        </p>
        <p>
          Stated in these sources:{" "}
          {positions.map((p, i) => (
            <span key={p.slug}>
              {i > 0 && ", "}
              {p.shortLabel}: {p.stated} of {plural(total, "issue")}
            </span>
          ))}
          .
        </p>
      </div>
    </>
  );
}

/** "agree on 1, diverge on 7, 21 have too few stances to compare", each count marked for tests and styles. */
function Counts({ counts, data }: { counts: AgreementCounts; data: "count" | "total" }) {
  const attr = (name: string) => ({ [`data-${data}`]: name });
  return (
    <>
      <span {...attr("agree")}>agree on {counts.agree}</span>
      {", "}
      <span {...attr("diverge")}>diverge on {counts.diverge}</span>
      {", "}
      <span {...attr("few")}>{plural(counts.few, "has", "have")} too few stances to compare</span>
    </>
  );
}
