/** Which release of the data a page or a file shows: named in file names, data.json and every page's footer. */

export type Edition = {
  /** The latest source date in the corpus (YYYY, YYYY-MM or YYYY-MM-DD): what the data is as of. */
  asOf: string;
  /** The latest recorded release, or null before the first. */
  release: { version: string; date: string } | null;
  /** How many changes the data has that no release records yet (0 when it is exactly the release). */
  unreleased: number;
};

/** "2026.12.1", or the words a file name or a citation uses before the first release. */
export function editionVersion(edition: Edition | undefined): string | undefined {
  return edition?.release?.version;
}
