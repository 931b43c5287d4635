/**
 * The whole dataset in one download (`/export/positions-matrix-<version>.zip`): the CSVs,
 * data.json and its schema, datapackage.json, a README with the method and the columns, the
 * licence and CITATION.cff, in one folder named for the version.
 */
import { strToU8, zipSync, type ZipOptions } from "fflate";
import type { Dataset } from "../data/schema";
import { STANCE_INFO, STANCES, CITATION_KIND_INFO, CITATION_KINDS } from "../data/vocab";
import { releaseFileName, toCsv } from "./csv";
import { exportDocument, exportJsonSchema } from "./document";
import type { Edition } from "../release/edition";
import { cellsTable, exportPositions, exportRows, matrixCsvFile } from "./tables";
import { absoluteUrl } from "../site/links";
import { formatPartialDate } from "../format";
import { COMPILER, DATASET_TITLE } from "../release/cite";
import { ARCHIVE_FILES, cellFields, dataPackage, matrixFields } from "./datapackage";
import { LICENCE } from "../release/licence";

export type ArchiveInput = { data: Dataset; edition: Edition; siteUrl: string; citationCff: string; builtAt: Date };

/** `positions-matrix-2026.12.1.zip`, or named by the build date before the first release. */
export function archiveName(edition: Edition, builtAt: Date): string {
  return releaseFileName("positions-matrix", edition.release?.version, builtAt, "zip");
}

type Descriptor = ReturnType<typeof dataPackage>;

function readme(descriptor: Descriptor, data: Dataset, edition: Edition, siteUrl: string): string {
  const release = edition.release;
  const table = (fields: readonly { name: string; description: string }[]) =>
    ["| column | holds |", "| --- | --- |", ...fields.map((f) => `| \`${f.name}\` | ${f.description.replace(/\|/g, "\\|")} |`)].join("\n");
  return `# ${DATASET_TITLE}

${release ? `Version ${release.version}, released ${formatPartialDate(release.date)}.` : "Not yet released."} Data as of ${formatPartialDate(edition.asOf)} (the latest source date).${edition.unreleased ? ` These files hold ${edition.unreleased} changes made since that release that no release records yet.` : ""}
Compiled by the ${COMPILER}. Online: ${absoluteUrl("/", new URL(siteUrl))}

## What is here

| file | what it holds |
| --- | --- |
${descriptor.resources.map((r) => `| \`${r.path}\` | ${r.title}${"description" in r && r.description ? `: ${r.description}` : ""} |`).join("\n")}
| \`datapackage.json\` | these files described by the Frictionless Data Package convention, with a Table Schema for each CSV |
| \`${ARCHIVE_FILES.licence}\` | the licence |
| \`${ARCHIVE_FILES.citation}\` | how to cite the dataset (Citation File Format) |

The CSV files are plain UTF-8 (without a byte-order mark, as the Data Package convention expects), comma-separated, with CRLF line ends and RFC 4180 quoting. To open one in Excel, use Data → From Text/CSV and choose UTF-8; or download the site's own CSV files, which carry the mark.

## Method

Each issue states a proposition. A cell says, briefly and in the project's own neutral words, how a position stands towards it, with a stance code and the exact passages of the sources that support it. Every quote is copied verbatim from a source in the corpus and checked against it; \`data.json\` gives each quote's offsets into its source's full text, so anyone can check it. Where no source speaks to an issue for a position, the cell says "Not addressed in the sources.": nothing is inferred from silence. Commentary is context, never a party's position.

Stances:

${STANCES.map((s) => `- **${STANCE_INFO[s].label}** (\`${s}\`): ${STANCE_INFO[s].meaning}`).join("\n")}

Kinds of citation:

${CITATION_KINDS.map((k) => `- **${CITATION_KIND_INFO[k].label}** (\`${k}\`): ${CITATION_KIND_INFO[k].meaning}`).join("\n")}

## \`${ARCHIVE_FILES.matrix}\`

${table(matrixFields(data))}

## \`${ARCHIVE_FILES.cells}\`

${table(cellFields())}

## Licence

The project's own data and summaries are licensed under the ${LICENCE.title} licence (${LICENCE.name}, ${LICENCE.url}). The quoted passages and the source texts are not the project's: each source keeps its own terms.

## How to cite

${COMPILER}. ${DATASET_TITLE}${release ? `, version ${release.version}, released ${formatPartialDate(release.date)}` : ""}. ${absoluteUrl("/", new URL(siteUrl))}

\`${ARCHIVE_FILES.citation}\` holds the same as citation metadata; the site's "Cite this" gives APA, Chicago, BibTeX and CSL-JSON.
`;
}

function licence(): string {
  return `# Licence

The data and summaries compiled by the ${COMPILER} (the matrix, its stance codes and summaries, and these files as a compilation) are licensed under the ${LICENCE.title} licence (${LICENCE.name}).

The licence's terms: ${LICENCE.url}

Share and adapt them, naming the ${COMPILER} and the version used.

The quoted passages and the full source texts in \`${ARCHIVE_FILES.data}\` are not the project's work: each source keeps its own terms. They are included so that every quote can be checked against its source.
`;
}

// A data package's CSV files are plain UTF-8, as its readers expect (the reference validator
// would read the mark as part of the first column's name); the standalone CSVs keep it for Excel.
const withoutBom = (text: string) => text.replace(/^\uFEFF/, "");

/** Every file of the download, by its path inside the zip. */
export function archiveFiles({ data, edition, siteUrl, citationCff, builtAt }: ArchiveInput): Record<string, string> {
  const descriptor = dataPackage(data, edition, siteUrl);
  const matrix = matrixCsvFile(exportRows(data), exportPositions(data), { siteUrl, exportedAt: builtAt });
  const files: Record<string, string> = {
    "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n`,
    [ARCHIVE_FILES.matrix]: withoutBom(matrix.text),
    [ARCHIVE_FILES.cells]: withoutBom(toCsv(cellsTable(data, siteUrl))),
    [ARCHIVE_FILES.data]: JSON.stringify(exportDocument(data, siteUrl, edition), null, 2),
    [ARCHIVE_FILES.schema]: JSON.stringify(exportJsonSchema(siteUrl), null, 2),
    [ARCHIVE_FILES.readme]: readme(descriptor, data, edition, siteUrl),
    [ARCHIVE_FILES.licence]: licence(),
    [ARCHIVE_FILES.citation]: citationCff,
  };
  const folder = archiveName(edition, builtAt).replace(/\.zip$/, "");
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]));
}

/** The zip itself; its entries dated by the release, so one version's download is the same bytes each build. */
export function datasetArchive(input: ArchiveInput): Uint8Array {
  const mtime = input.edition.release ? new Date(`${input.edition.release.date}T00:00:00Z`) : input.builtAt;
  const entries = Object.fromEntries(Object.entries(archiveFiles(input)).map(([path, text]) => [path, [strToU8(text), { mtime }] as [Uint8Array, ZipOptions]]));
  return zipSync(entries, { level: 9 });
}
