// Stable addresses of the data exports (served by app/export/…); plain links, so nothing prefetches them.
const EXPORTS = [
  { href: "/export/matrix.csv", label: "matrix.csv", what: "the matrix as a spreadsheet, an issue a row and a position a column" },
  { href: "/export/cells.csv", label: "cells.csv", what: "the cells one per row, with their stances, summaries and citations" },
  { href: "/export/data.json", label: "data.json", what: "the whole dataset, sources and timeline included" },
  { href: "/export/data.schema.json", label: "data.schema.json", what: "the JSON Schema that data.json follows" },
] as const;

export function DataDownloads() {
  return (
    <ul className="space-y-2">
      {EXPORTS.map((e) => (
        <li key={e.href}>
          <a href={e.href} download className="font-mono font-medium underline underline-offset-4">
            {e.label}
          </a>{" "}
          — {e.what}.
        </li>
      ))}
    </ul>
  );
}
