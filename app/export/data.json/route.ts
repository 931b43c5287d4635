import { exportDocument } from "@/lib/export/document";
import { loadDataset } from "@/lib/load/load";
import { siteUrl } from "@/lib/site/links";
import { loadPublication } from "@/lib/release/load";

// Written once at build time: the data only changes with a new build.
export const dynamic = "force-static";

/** The whole validated dataset, source texts included. A public address: keep it stable. */
export function GET() {
  return new Response(JSON.stringify(exportDocument(loadDataset(), siteUrl().href, loadPublication().edition), null, 2), {
    headers: { "Content-Type": "application/json" },
  });
}
