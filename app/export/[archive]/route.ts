import { readFileSync } from "node:fs";
import path from "node:path";
import { attachment } from "@/lib/export/csv";
import { archiveName, datasetArchive } from "@/lib/export/archive";
import { loadPublication } from "@/lib/release/load";
import { siteUrl } from "@/lib/site/links";

// One file, built ahead: /export/positions-matrix-<version>.zip. Any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ archive: archiveName(loadPublication().edition, new Date()) }];
}

/** The whole dataset in one download, named for its version. A public address: keep it stable. */
export function GET() {
  const { data, edition } = loadPublication();
  const builtAt = new Date();
  const citationCff = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "CITATION.cff"), "utf8");
  const zip = datasetArchive({ data, edition, siteUrl: siteUrl().href, citationCff, builtAt });
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": attachment(archiveName(edition, builtAt)) },
  });
}
