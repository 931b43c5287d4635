/**
 * A CSL-JSON item formatted as APA, Chicago (author-date) and BibTeX (biblatex) by
 * citation.js, the well-kept citation library Zotero's format is built on. Heavy: the page
 * loads this module only when a reader opens "Cite this".
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import { CHICAGO_AUTHOR_DATE } from "./chicago-author-date";
import type { CslItem } from "./cite";

const styles = plugins.config.get("@csl").styles;
if (!styles.has("chicago-author-date")) styles.add("chicago-author-date", CHICAGO_AUTHOR_DATE);

export type FormattedCitation = { apa: string; chicago: string; bibtex: string; csl: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function bibliography(item: CslItem, template: string): string {
  return new Cite(item).format("bibliography", { format: "text", template, lang: "en-US" }).trim();
}

export function formatCitation(item: CslItem): FormattedCitation {
  // Neither style prints the date of access of an item that has a date of its own, and
  // Chicago's omits a data set's version. Both manuals ask for the access date of content that
  // changes, as this does between releases: it goes in before the address, in each style's
  // words, and Chicago's version goes in as the item's genre.
  const [[y, m, d]] = item.accessed["date-parts"];
  const day = `${MONTHS[m - 1]} ${d}, ${y}`;
  const genre = item.version ? `Dataset, version ${item.version}` : "Dataset";
  const apa = bibliography(item, "apa");
  const chicago = bibliography({ ...item, genre }, "chicago-author-date");
  return {
    apa: apa.endsWith(item.URL) ? `${apa.slice(0, -item.URL.length)}Retrieved ${day}, from ${item.URL}` : apa,
    chicago: chicago.endsWith(` ${item.URL}.`) ? `${chicago.slice(0, -item.URL.length - 1)}Accessed ${day}. ${item.URL}.` : chicago,
    bibtex: new Cite(item).format("biblatex", { format: "text" }).trim(),
    csl: JSON.stringify([item], null, 2),
  };
}
