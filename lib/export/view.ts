/**
 * "Download CSV": the view on screen as rows and columns. It runs the page's own pipeline
 * (applyView), so what is exported is by construction what is shown.
 */
import { applyView } from "../matrix/apply-view";
import type { MatrixData } from "../matrix/data";
import { describeViewForFileName } from "../matrix/describe";
import { serializeView, viewContext, type View } from "../matrix/view";
import { categoryTitles, exportRow, type ViewExport } from "./rows";

/** Exactly what the current view shows, for "Download CSV": its rows and columns, how they compare, and its address. */
export function exportView(data: MatrixData, view: View): ViewExport {
  const applied = applyView(data, view);
  const categoryTitle = categoryTitles(data);
  const shown = applied.positions.map((p) => p.slug);
  return {
    positions: applied.positions.map(({ slug, label }) => ({ slug, label })),
    rows: applied.visibleRows.map(({ issue, shown: cells, comparison }) => ({
      ...exportRow(issue, categoryTitle, shown),
      agreement: comparison.agreement,
      distance: comparison.divergence,
      citations: Object.fromEntries(shown.map((slug, i) => [slug, cells[i]!.strength.citations])),
    })),
    description: describeViewForFileName(view, data),
    query: serializeView({ ...view, cell: null }, viewContext(data)),
    ...(data.publication?.edition.release ? { version: data.publication.edition.release.version } : {}),
  };
}
