import { attachment, CSV_CONTENT_TYPE, releaseFileName, toCsv } from "@/lib/export/csv";
import { cellsTable } from "@/lib/export/tables";
import { loadDataset } from "@/lib/load/load";
import { siteUrl } from "@/lib/site/links";
import { loadPublication } from "@/lib/release/load";

// Written once at build time: the data only changes with a new build, and the file is named by its version.
export const dynamic = "force-static";

/** One row per citation (and per uncited cell). A public address: keep it stable. */
export function GET() {
  const version = loadPublication().edition.release?.version;
  return new Response(toCsv(cellsTable(loadDataset(), siteUrl().href)), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(releaseFileName("positions-cells", version, new Date())),
    },
  });
}
