import type { MatrixData } from "@/lib/matrix/data";
import { viewPreview } from "@/lib/matrix/preview";
import type { View } from "@/lib/matrix/view";
import { pageTitle, SITE_TITLE } from "@/lib/site/metadata";

/** The tab's title for a view: its link preview's title, or the site's for the plain matrix. */
export function viewTitle(data: MatrixData, view: View): string {
  const preview = viewPreview(data, view);
  return preview ? pageTitle(preview.title) : SITE_TITLE;
}
