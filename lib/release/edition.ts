/** Which release of the data a page or a file shows: named in file names, data.json and every page's footer. */
import type { ReportTarget } from "../site/config";
import { formatPartialDate, plural } from "../format";

export type Edition = {
  /** The latest source date in the corpus (YYYY, YYYY-MM or YYYY-MM-DD): what the data is as of. */
  asOf: string;
  /** The latest recorded release, or null before the first. */
  release: { version: string; date: string } | null;
  /** How many changes the data has that no release records yet (0 when it is exactly the release). */
  unreleased: number;
};

/** What the browser needs to name the edition, cite it and report an error in it. */
export type PublicationInfo = {
  edition: Edition;
  /** The site's public address (SITE_URL at build time): the stable address citations name. */
  site: string;
  /** Where reports go; null where none is configured. */
  report: ReportTarget | null;
};

/** "Data as of 4 December 2025, version 2026.12.2, released 1 December 2026": the edition in one line of text. */
export function editionWords(edition: Edition): string {
  const { release } = edition;
  const version = release ? `version ${release.version}, released ${formatPartialDate(release.date)}` : "not yet released";
  const since = edition.unreleased > 0 ? `, with ${plural(edition.unreleased, "change")} since that no release records yet` : "";
  return `Data as of ${formatPartialDate(edition.asOf)}, ${version}${since}`;
}
