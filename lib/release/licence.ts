/** The licence of the project's own data and summaries; each source text keeps its own terms. */
export const LICENCE = {
  /** The SPDX identifier, as CITATION.cff and datapackage.json name it. */
  id: "CC-BY-4.0",
  name: "CC BY 4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;
