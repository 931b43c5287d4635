import { countAgreements } from "@/lib/data/compare";
import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import { describeView } from "@/lib/matrix/describe";
import type { View } from "@/lib/matrix/view";
import { plural } from "@/lib/format";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useMatrix } from "./use-matrix";

type Props = { view: View; rows: readonly MatrixRow[]; positions: readonly MatrixPosition[] };

/** How many issues the view shows and how the shown positions compare on them; on paper, the view itself. */
export function MatrixStatus({ view, rows, positions }: Props) {
  const { data } = useMatrix();
  const counts = countAgreements(rows.map((r) => r.comparison));
  const folded = rows.filter((r) => view.sort === "category" && view.collapsed.includes(r.issue.category)).length;
  const who = view.compare ? positions.map((p) => p.shortLabel).join(" and ") : "The shown positions";
  const address = useBrowserValue(() => window.location.href, "");
  const described = describeView(view, data);
  return (
    <>
      <div className="mb-2 hidden text-xs print:block">
        <p>{described.length ? described.join(" · ") : "All issues and positions"}</p>
        {address && <p>{address}</p>}
      </div>
      <p role="status" className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        Showing <strong>{rows.length}</strong> of {data.issues.length} issues
        {folded > 0 && ` (${folded} in folded groups)`}. {who} <span data-count="agree">agree on {counts.agree}</span>
        {", "}
        <span data-count="diverge">diverge on {counts.diverge}</span>
        {", "}
        <span data-count="few">
          {plural(counts.few, "has", "have")} too few stances to compare
        </span>
        .
      </p>
    </>
  );
}
