import type { MatrixData } from "@/lib/matrix/data";
import { previewTitle } from "@/lib/matrix/preview";
import { serializeView, viewContext, type View } from "@/lib/matrix/view";
import { pageTitle, SITE_TITLE } from "@/lib/site/metadata";

/**
 * The tab's title for a view that shows `count` issues: its link preview's title, or the site's
 * for the plain matrix.
 */
export function viewTitle(data: MatrixData, view: View, count: number): string {
  const plain = !serializeView({ ...view, cell: null }, viewContext(data));
  return plain ? SITE_TITLE : pageTitle(previewTitle(data, view, count));
}
