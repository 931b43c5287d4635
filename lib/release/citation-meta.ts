/**
 * Highwire Press `citation_*` and Dublin Core `DC.*` meta tags: what Zotero's and other
 * reference managers' page translators read to save a page as a citation by themselves.
 */
import { absoluteUrl } from "../site/links";
import { COMPILER, DATASET_TITLE } from "./cite";

export type CitationPage = {
  title: string;
  /** The app path of the page cited, e.g. "/issues/crimea" or "/v/2026.12.1/issues/crimea". */
  path: string;
  /** The release the page shows (YYYY-MM-DD date), or null before the first release. */
  release: { version: string; date: string } | null;
  /** A source page's own byline and date (YYYY, YYYY-MM or YYYY-MM-DD), which its citation names instead of ours. */
  source?: { author: string | null; publisher: string | null; date: string };
};

/** Name → content, for Next's `metadata.other`; dates as citation_publication_date wants them (YYYY/MM/DD). */
export function citationMeta(page: CitationPage, site: URL): Record<string, string> {
  const url = absoluteUrl(page.path, site);
  const date = page.source ? page.source.date : page.release?.date;
  const publisher = page.source ? page.source.publisher : COMPILER;
  const author = page.source ? page.source.author : COMPILER;
  return {
    citation_title: page.title,
    ...(publisher ? { citation_publisher: publisher, "DC.publisher": publisher } : {}),
    ...(author ? { citation_author: author, "DC.creator": author } : {}),
    ...(page.title === DATASET_TITLE || page.source ? {} : { citation_journal_title: DATASET_TITLE }),
    ...(date ? { citation_publication_date: date.replaceAll("-", "/"), citation_online_date: date.replaceAll("-", "/") } : {}),
    ...(page.release ? { citation_technical_report_number: `Version ${page.release.version}` } : {}),
    citation_public_url: url,
    citation_language: "en",
    "DC.title": page.title,
    "DC.type": page.source ? "Text" : "Dataset",
    ...(date ? { "DC.date": date } : {}),
    "DC.identifier": url,
    "DC.language": "en",
  };
}
