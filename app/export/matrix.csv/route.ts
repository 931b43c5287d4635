import { attachment, CSV_CONTENT_TYPE, releaseFileName } from "@/lib/export/csv";
import { exportPositions, exportRows, matrixCsvFile } from "@/lib/export/tables";
import { loadDataset } from "@/lib/load/load";
import { siteUrl } from "@/lib/site/links";
import { loadPublication } from "@/lib/release/load";

// Written once at build time: the data only changes with a new build, and the file is named by its version.
export const dynamic = "force-static";

/** Every issue × every position, one row per issue: the matrix's own export with nothing filtered. */
export function GET() {
  const data = loadDataset();
  const version = loadPublication().edition.release?.version;
  const file = matrixCsvFile(exportRows(data), exportPositions(data), { siteUrl: siteUrl().href, exportedAt: new Date() });
  return new Response(file.text, {
    headers: { "Content-Type": CSV_CONTENT_TYPE, "Content-Disposition": attachment(releaseFileName("positions-matrix", version, new Date())) },
  });
}
