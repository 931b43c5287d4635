import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import { CitedQuoteList } from "@/components/source/cited-quote";
import { useMatrix } from "./use-matrix";

type Props = { row: MatrixRow; positions: readonly MatrixPosition[]; terms: readonly string[] };

/**
 * Under a compared issue's row, each position's quotes in its own column, so the two can be read
 * side by side (on a phone too, in two columns). A cell without quotes says why.
 */
export default function QuotesRow({ row, positions, terms }: Props) {
  const { data } = useMatrix();
  return (
    <tr className="quotes-row" aria-label={`Quotes on ${row.issue.title}`}>
      <td colSpan={2} className="quotes-label sticky left-0 z-10 border-r border-slate-300 bg-slate-50 p-2 align-top text-xs font-semibold text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300">
        Quotes
      </td>
      {positions.map((p, i) => {
        const cell = row.shown[i];
        return (
          <td key={p.slug} className="quotes-cell bg-slate-50 p-2 align-top text-sm dark:bg-slate-800">
            <p className="text-xs font-semibold text-slate-700 dark:text-slate-300">{p.shortLabel}</p>
            {cell && cell.citations.length > 0 ? (
              <CitedQuoteList
                citations={cell.citations}
                sourceOf={(id) => data.sources[id]}
                terms={terms}
                label={`${p.shortLabel}'s quotes on ${row.issue.title}`}
                className="mt-1 space-y-3"
              />
            ) : (
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">No quote: not addressed in the sources.</p>
            )}
          </td>
        );
      })}
    </tr>
  );
}
