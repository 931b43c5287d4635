import { attachment, CSV_CONTENT_TYPE, toCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/csv";
import { cellsTable } from "@/lib/export/tables";
import { loadDataset } from "@/lib/data/load";
import { siteUrl } from "@/lib/site/links";

// Written once at build time: the data only changes with a new build, and the file's date is the build's.
export const dynamic = "force-static";

/** One row per citation (and per uncited cell). A public address: keep it stable. */
export function GET() {
  return new Response(toCsv(cellsTable(loadDataset(), siteUrl().href)), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(exportFileName("positions-cells", new Date())),
    },
  });
}
