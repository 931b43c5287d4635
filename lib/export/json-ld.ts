/** The export page's schema.org `Dataset` (JSON-LD): what dataset search engines read. */
import type { Dataset } from "../data/schema";
import type { Edition } from "../release/edition";
import { absoluteUrl } from "../site/links";
import { siteIdentity } from "../site/identity";
import { archiveName } from "./archive";
import { COMPILER, DATASET_TITLE } from "../release/cite";
import { LICENCE } from "../release/licence";

export function datasetJsonLd(data: Pick<Dataset, "issues" | "positions">, edition: Edition, siteUrl: string, builtAt: Date) {
  const site = new URL(siteUrl);
  const file = (path: string, encodingFormat: string, name: string) => ({
    "@type": "DataDownload",
    name,
    encodingFormat,
    contentUrl: absoluteUrl(path, site),
  });
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: DATASET_TITLE,
    description: `The positions of ${data.positions.length} parties and plans on ${data.issues.length} issues of ${siteIdentity().scope}, each with a stance code, a short summary and the verbatim source passages that support it.`,
    url: absoluteUrl("/", site),
    ...(edition.release ? { version: edition.release.version, datePublished: edition.release.date } : {}),
    temporalCoverage: `2025/${edition.asOf}`,
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: COMPILER },
    publisher: { "@type": "Organization", name: COMPILER },
    keywords: siteIdentity().keywords,
    distribution: [
      file(`/export/${archiveName(edition, builtAt)}`, "application/zip", "The whole dataset (CSV, JSON, Data Package)"),
      file("/export/matrix.csv", "text/csv", "The matrix"),
      file("/export/cells.csv", "text/csv", "Cells and citations"),
      file("/export/data.json", "application/json", "The whole dataset as JSON"),
    ],
  };
}

/** The JSON-LD as the text of a <script> element: "<" escaped, so no text in it can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
