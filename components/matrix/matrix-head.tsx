import { memo } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import { nextHeadingSort, type SortKey } from "@/lib/matrix/sorts";
import type { View } from "@/lib/matrix/view";
import { sameViewParts, useMatrix } from "./use-matrix";

type Props = { view: View; positions: readonly MatrixPosition[]; windowed: boolean };

const TH = "sticky top-0 z-20 border-b border-slate-300 bg-white p-2 text-left align-bottom dark:border-slate-600 dark:bg-slate-900";

function ariaSort(view: View, key: SortKey): "ascending" | "descending" | "other" | undefined {
  if (view.sort !== key) return undefined;
  if (key === "category") return "other";
  return view.desc ? "descending" : "ascending";
}

export const MatrixHead = memo(function MatrixHead({ view, positions, windowed }: Props) {
  const { data, setView } = useMatrix();
  const sortButton = (key: Exclude<SortKey, "category">, label: string, hint: string) => {
    const sorted = view.sort === key;
    return (
      <button
        type="button"
        onClick={() => setView((v) => ({ ...v, ...nextHeadingSort(v, key) }))}
        className="inline-flex cursor-pointer items-center gap-1 font-semibold underline decoration-dotted underline-offset-4 print:no-underline"
      >
        {label}
        <span aria-hidden="true" className="text-xs print:hidden">
          {sorted ? (view.desc ? "▼" : "▲") : "⇅"}
        </span>
        <span className="sr-only">{hint}</span>
      </button>
    );
  };
  return (
    <thead>
      <tr aria-rowindex={windowed ? 1 : undefined}>
        <th scope="col" aria-sort={ariaSort(view, view.sort === "category" ? "category" : "title")} className={`${TH} left-0 z-30`}>
          {sortButton("title", "Issue", ", sort by title")}
        </th>
        <th scope="col" aria-sort={ariaSort(view, "divergence")} className={`${TH} left-60 z-30 border-r border-r-slate-300 dark:border-r-slate-600`}>
          {sortButton("divergence", "Agreement", ", sort by divergence")}
        </th>
        {positions.map((p) => (
          <th key={p.slug} scope="col" data-position={p.slug} className={TH}>
            <span className="position-label">{p.label}</span>
            <span className="block text-xs font-normal text-slate-600 dark:text-slate-300">
              {p.stated} of {data.issues.length} issues in these sources
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
},
// The head shows the sort alone of the view: a keystroke in the search leaves it be.
(a, b) => a.positions === b.positions && a.windowed === b.windowed && sameViewParts("sort", "desc")(a, b));
