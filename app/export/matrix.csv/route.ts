import { attachment, CSV_CONTENT_TYPE, toCsv } from "@/lib/csv";
import { exportFileName } from "@/lib/export-file-name";
import { exportPositions, exportRows, matrixTable } from "@/lib/export-tables";
import { loadDataset } from "@/lib/load-data";
import { SITE_URL } from "@/lib/site-url";

// Written once at build time: the data only changes with a new build.
export const dynamic = "force-static";

/** Every issue × every position, one row per issue. A public address: keep it stable. */
export function GET() {
  const data = loadDataset();
  return new Response(toCsv(matrixTable(exportRows(data), exportPositions(data), SITE_URL)), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(exportFileName("positions-matrix", new Date())),
    },
  });
}
