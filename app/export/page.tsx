import type { Metadata } from "next";
import { ExportFileList, type ExportFile } from "@/components/export/export-file-list";
import { cellOf } from "@/lib/data/cells";
import { citationTotal } from "@/lib/data/coverage";
import { loadDataset } from "@/lib/load/load";
import { plural } from "@/lib/format";
import { appUrl, siteUrl } from "@/lib/site/links";
import { archiveName } from "@/lib/export/archive";
import { datasetJsonLd, jsonLdText } from "@/lib/export/json-ld";
import { loadPublication } from "@/lib/release/load";
import { pinnedHref } from "@/lib/release/pinned";

export const metadata: Metadata = {
  title: "Download the data",
  description: "The whole matrix, every citation and the validated dataset as CSV and JSON, at stable addresses.",
  alternates: { canonical: "/export" },
};

export default function ExportPage() {
  const data = loadDataset();
  const { issues, positions, sources } = data;
  const cells = issues.flatMap((i) => positions.map((p) => cellOf(i, p.slug)));
  const citations = citationTotal(data);
  const longRows = cells.reduce((n, c) => n + Math.max(1, c.citations.length), 0);
  const { edition } = loadPublication();
  const zip = archiveName(edition, new Date());
  const files: ExportFile[] = [
    {
      href: `/export/${zip}`,
      title: "Everything in one download",
      format: "ZIP",
      holds: `${edition.release ? `version ${edition.release.version}: ` : ""}the two CSV files, data.json and its schema, a datapackage.json, a README, the licence and the citation`,
      description:
        "The whole dataset as one file to keep or cite: datapackage.json describes every file by the Frictionless Data Package convention, with a Table Schema for each CSV, and the README gives the method and what each column holds.",
      download: true,
    },
    {
      href: "/export/matrix.csv",
      title: "The matrix",
      format: "CSV",
      holds: `${plural(issues.length, "row")}, one per issue with the proposition its stances answer; a stance, a citation count, a summary and an evidence column for each of ${plural(positions.length, "position")}`,
      description:
        "Issue id, title, proposition and category, then each position's stance, its citation count (the passages that carry the stance; commentary is not counted), summary and the strength of its evidence in words, then the issue's address. The matrix's own Download CSV button saves the same table for the view on screen.",
      download: true,
    },
    {
      href: "/export/cells.csv",
      title: "Cells and citations",
      format: "CSV, long format",
      holds: `${plural(longRows, "row")}: one per citation in the matrix's cells (${citations.matrix} of the site's ${citations.all} ${citations.counted}; the timeline's ${citations.timeline} are in data.json), and one per cell that cites nothing`,
      description:
        "Every issue × position pair with its stance, summary, the column's kind and scope, and the strength of its evidence; for each cited passage the quote, its kind, the speaker or whom it is about, the source (title, kind, author or publisher, whether anonymous, date, original address where known, known problems) and the passage's address in the source reader.",
      download: true,
    },
    {
      href: "/export/data.json",
      title: "The whole dataset",
      format: "JSON",
      holds: `${plural(issues.length, "issue")}, ${plural(positions.length, "position")}, ${plural(sources.length, "source")} with full texts, the timeline and the vocabulary`,
      description:
        "Everything the app shows, as validated at build time. Each citation gives offsets into its source's text, so every quote can be checked.",
    },
    {
      href: "/export/data.schema.json",
      title: "Its JSON Schema",
      format: "JSON Schema 2020-12",
      holds: "the shape of data.json",
      description: "Generated from the app's own data schema: validate the dataset with any JSON Schema tool.",
    },
  ];
  const { release } = edition;
  const machineFiles: ExportFile[] = [
    {
      href: "/api/v1/index.json",
      title: "The read API",
      format: "JSON, OpenAPI 3.1",
      holds: `an index, then one file per issue (${issues.length}), per position (${positions.length}) and per source (${sources.length}), each naming its edition`,
      description:
        "Static JSON files under /api/v1/: start at index.json, which links every other file. /api/v1/openapi.json describes them all, with schemas generated from the app's own data schema.",
    },
    {
      href: "/export/annotations.jsonld",
      title: "Every citation as a Web Annotation",
      format: "W3C Web Annotation, JSON-LD",
      holds: `${plural(citations.matrix + citations.timeline, "annotation")}, one per citation: the matrix's cells' ${citations.matrix} and the timeline's ${citations.timeline}`,
      description:
        "Each quote anchored in its source by a TextQuoteSelector and a TextPositionSelector, the source named with its SHA-256, and the cell it supports (issue, position, stance, kind of citation) or the timeline entry it dates in the body. Tools such as Hypothesis read the format.",
    },
    {
      href: "/changes.atom",
      title: "What changed, as a feed",
      format: "Atom; also /changes.json (JSON Feed 1.1)",
      holds: "one entry per release, newest first",
      description: "Every issue has its own feeds too, at /issues/<slug>/feed.atom and /issues/<slug>/feed.json, with an entry for each release that changed it.",
    },
    ...(release
      ? [
          {
            href: pinnedHref(release.version),
            title: "Every release as it was",
            format: "pinned pages",
            holds: `version ${release.version} and every earlier one at /v/<version>/`,
            description: "The matrix, each issue and each source as a release left them: pages that never change, to cite and link.",
          },
        ]
      : []),
  ];
  return (
    <div className="max-w-prose">
      {/* The schema.org Dataset that dataset search engines read: a data block, never run. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(datasetJsonLd({ issues, positions }, edition, siteUrl().href, new Date())) }} />
      <h1 className="text-2xl font-semibold">Download the data</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        The files are written from the same checked data as the pages, each time the site is built, and their addresses
        stay the same: link to them or fetch them from scripts.
      </p>
      <ExportFileList files={files} />
      <section aria-labelledby="machine-heading" className="mt-8">
        <h2 id="machine-heading" className="text-xl font-semibold">
          For programs, feed readers and reference managers
        </h2>
        <ExportFileList files={machineFiles} level={3} />
      </section>
      <h2 className="mt-8 text-xl font-semibold">Opening the files</h2>
      <p className="mt-2">
        The CSV files are UTF-8 with a byte-order mark and Windows line ends, so Excel, LibreOffice and Google Sheets
        show quotes, dashes and Cyrillic as written. A text that begins with = + - or @ starts with an apostrophe in
        the file, so that no spreadsheet runs it as a formula. With pandas:
      </p>
      <pre tabIndex={0} className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm dark:bg-slate-800">
        <code>{`import pandas as pd\n\nurl = "${appUrl(siteUrl().href, "export/cells.csv")}"\n# keep_default_na=False: blank fields stay "", not NaN\ncells = pd.read_csv(url, keep_default_na=False)`}</code>
      </pre>
    </div>
  );
}
