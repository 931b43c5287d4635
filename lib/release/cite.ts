/**
 * What "Cite this" cites: the whole dataset, one issue or one cell, as a CSL-JSON item (the
 * format Zotero and other reference managers import), with the version, the stable address
 * and the date of access. Formatting it as APA, Chicago or BibTeX is cite-format.ts's job.
 */
import { siteIdentity } from "../site/identity";
import { appUrl, issueHref } from "../site/links";
import { pinnedHref } from "./pinned";

export const DATASET_TITLE = siteIdentity().title;
/** Who compiles and publishes the data: the project, as an organisation. */
export const COMPILER = siteIdentity().compiler;

export type CiteTarget =
  | { kind: "dataset" }
  | { kind: "issue"; issue: string; title: string }
  | { kind: "cell"; issue: string; title: string; position: string; positionLabel: string };

/** The release a citation names; null before the first release. */
export type CitedRelease = { version: string; date: string } | null;

/** The CSL-JSON fields these items use (https://citationstyles.org/, schema csl-data.json). */
export type CslItem = {
  id: string;
  "citation-key": string;
  type: "dataset";
  title: string;
  "container-title"?: string;
  author: { literal: string }[];
  publisher: string;
  version?: string;
  issued?: { "date-parts": [[number, number, number]] };
  accessed: { "date-parts": [[number, number, number]] };
  URL: string;
  genre?: string;
};

/**
 * The stable address of what is cited, under the site's address: the live page, or with
 * `pinned` the page of that release, which never changes.
 */
export function citeAddress(target: CiteTarget, site: string, pinned?: string): string {
  const position = target.kind === "cell" ? target.position : undefined;
  if (pinned) return appUrl(site, pinnedHref(pinned, target.kind === "dataset" ? undefined : { issue: target.issue, position }));
  if (target.kind === "dataset") return appUrl(site, "/");
  return appUrl(site, issueHref(target.issue, position));
}

const dateParts = (iso: string): [[number, number, number]] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [[y!, m!, d!]];
};

/** The day of `date` in the reader's time zone, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** With `pinned`, the item's address is the release's pinned page rather than the live one. */
export function cslItem(target: CiteTarget, release: CitedRelease, site: string, accessed: Date, pinned = false): CslItem {
  const key = ["positions-matrix", release?.version, target.kind !== "dataset" && target.issue, target.kind === "cell" && target.position]
    .filter(Boolean)
    .join("_")
    // BibTeX keys: letters, digits and underscores travel safely everywhere.
    .replace(/[^A-Za-z0-9_]/g, "_");
  return {
    id: key,
    "citation-key": key,
    type: "dataset",
    title: target.kind === "dataset" ? DATASET_TITLE : target.kind === "issue" ? target.title : `${target.title}: ${target.positionLabel}`,
    ...(target.kind === "dataset" ? {} : { "container-title": DATASET_TITLE }),
    author: [{ literal: COMPILER }],
    publisher: COMPILER,
    ...(release ? { version: release.version, issued: { "date-parts": dateParts(release.date) } } : {}),
    accessed: { "date-parts": dateParts(localDay(accessed)) },
    URL: citeAddress(target, site, pinned && release ? release.version : undefined),
  };
}
