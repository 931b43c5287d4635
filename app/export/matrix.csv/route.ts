import { attachment, CSV_CONTENT_TYPE } from "@/lib/export/csv";
import { exportPositions, exportRows } from "@/lib/export/tables";
import { loadDataset } from "@/lib/data/load";
import { matrixCsvFile } from "@/lib/export/tables";
import { siteUrl } from "@/lib/site/links";

// Written once at build time: the data only changes with a new build, and the file's date is the build's.
export const dynamic = "force-static";

/** Every issue × every position, one row per issue: the matrix's own export with nothing filtered. */
export function GET() {
  const data = loadDataset();
  const file = matrixCsvFile(exportRows(data), exportPositions(data), { siteUrl: siteUrl().href, exportedAt: new Date() });
  return new Response(file.text, {
    headers: { "Content-Type": CSV_CONTENT_TYPE, "Content-Disposition": attachment(file.name) },
  });
}
