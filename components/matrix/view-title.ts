import type { MatrixData } from "@/lib/matrix/data";
import { previewTitle } from "@/lib/matrix/preview";
import type { View } from "@/lib/matrix/view";
import { pageTitle, SITE_TITLE } from "@/lib/site/metadata";

/**
 * The tab's title for a view that shows `count` issues, whose address is `query` (without the open
 * cell): its link preview's title, or the site's for the plain matrix (an empty query).
 */
export function viewTitle(data: MatrixData, view: View, count: number, query: string): string {
  return query ? pageTitle(previewTitle(data, view, count)) : SITE_TITLE;
}
