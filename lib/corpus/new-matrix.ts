/**
 * `npm run new-matrix -- <folder>`'s work: a small, valid data folder for another negotiation,
 * every file commented with what its fields are, to replace piece by piece with the real
 * sources (docs/maintainers.md). Server-only.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export class FolderRefused extends Error {}

const TEXT = `Joint communiqué of the river talks

The delegations of Northland and Southland met on 3 March 2025 to discuss the use of the shared river.

The Northland delegation said: "Northland will share the river's water equally with Southland, season by season."

The Southland delegation reportedly asked for more time to study the proposal.
`;
const SOURCE_FILE = "example-communique.txt";

const FILES: Record<string, string> = {
  "site.yaml": `# What this matrix is about: the app's titles, descriptions, citations and exports take these words from here.
# name: short, in every page title ("… · River Talks Matrix").
name: River Talks Matrix
# title: the dataset's title, as citations, feeds and data packages name it.
title: "River Talks Matrix: the positions in the Northland–Southland river talks"
# description: the home page's description for search engines and link previews.
description: Compare Northland's and Southland's positions on the shared river issue by issue, each cell cited verbatim from its sources.
# scope: what the positions are in, completing "the positions in …".
scope: the Northland–Southland river talks
# keywords: for catalogues (datapackage.json, the dataset's JSON-LD).
keywords: [river, water sharing, negotiations]
# compiler: who compiles the matrix, named as the author of every citation of it.
compiler: Example newsroom
# licence: of your own data and summaries; each source text keeps its own terms.
licence:
  id: CC-BY-4.0
  name: CC BY 4.0
  title: Creative Commons Attribution 4.0 International
  url: https://creativecommons.org/licenses/by/4.0/
# judgementCalls: how you applied the method to your corpus's hard cases, a sentence each (the About page).
judgementCalls: []
`,
  "positions.yaml": `# The columns. slug: the id in addresses and in the issue files' cells. label, shortLabel (at most 24
# characters): the column's names. description: who or what it is. scope: one sentence on what belongs in
# the column. actor: the government or group. date: YYYY, YYYY-MM or YYYY-MM-DD. kind: "actor" (what its
# officials state or are reported to hold) or "document" (a plan's terms; name its authors with
# authors: [actor slugs]). order: left to right. complete: true makes every issue list a cell for it.
# default: true shows it to a first-time reader (when none is marked, all are shown).
- slug: northland
  label: Northland
  shortLabel: Northland
  description: The government of Northland, as its delegation states or is reported to hold.
  scope: What Northland's officials state, or are reported to hold, and nothing others say of it.
  actor: Northland
  date: "2025-03"
  kind: actor
  order: 10
  complete: true
- slug: southland
  label: Southland
  shortLabel: Southland
  description: The government of Southland, as its delegation states or is reported to hold.
  scope: What Southland's officials state, or are reported to hold, and nothing others say of it.
  actor: Southland
  date: "2025-03"
  kind: actor
  order: 20
  complete: true
`,
  "categories.yaml": `# The groups of rows. slug: its id; title and description: as the matrix shows them; order: top to bottom.
- slug: water
  title: Water
  description: How the river's water is shared.
  order: 10
`,
  "issues/water-sharing.yaml": `# One row: an issue, with a cell for each position. slug: its id (the file's name too). title: at most 80
# characters. definition: one line, what the row is about. proposition: the statement the stances answer
# ("supports" means supports this). category: a slug from categories.yaml. order: place within it.
slug: water-sharing
title: Sharing the river's water
definition: Whether the two countries share the river's water equally.
proposition: The river's water is shared equally between Northland and Southland.
category: water
order: 10
# Each cell: position, stance (supports, conditional, alternative, ambiguous, rejects, not-addressed),
# summary (ours: short, neutral, faithful to the quotes; at most 280 characters) and citations. A citation
# gives source (an id from sources.yaml), quote (verbatim), kind (own-words: the party's own words, with
# their speaker; reporting: a report of its position, with about: whom it is about; commentary: an author's
# reading, which never carries a stance). Where the sources are silent, the stance is not-addressed.
cells:
  - position: northland
    stance: supports
    summary: Northland said it will share the river's water equally with Southland, season by season.
    citations:
      - source: example-communique
        quote: "Northland will share the river's water equally with Southland, season by season."
        speaker: Northland delegation
        kind: own-words
  - position: southland
    stance: not-addressed
    summary: Not addressed in the sources.
`,
  "timeline.yaml": `# Dated events named in the sources, each cited: id, date, title, description, issues (slugs) and citations.
[]
`,
  [`sources/${SOURCE_FILE}`]: TEXT,
};

function sourcesYaml(sha256: string): string {
  return `# The corpus: one entry per text in sources/, copied byte for byte (never edit a text's wording, or quotes
# stop matching). Add texts with npm run source:add, which fills this in. id: the slug citations use. file:
# its name in sources/. sha256: its bytes' hash. title. publisher and author: as the text names them (null
# where it names none; anonymous: true where it names neither). date: { value, qualifier: exact,
# on-or-after or approximate }. kind: own-statement (with statementOf: the actor positions it speaks for),
# news-report or analysis. url: the original address, or null when unknown (never invented). problems:
# what is known to be wrong or inconsistent in it ([] when nothing is).
- id: example-communique
  file: ${SOURCE_FILE}
  sha256: ${sha256}
  title: Joint communiqué of the river talks (an example text; replace it)
  publisher: River talks secretariat
  author: null
  date: { value: "2025-03-03", qualifier: exact }
  kind: news-report
  url: null
  problems: []
`;
}

/** Writes the example data folder; refuses a folder that holds anything, or the real data/. */
export function writeNewMatrix(folder: string, realData: string): string[] {
  const target = path.resolve(folder);
  const inside = path.relative(path.resolve(realData), target);
  if (!inside.startsWith("..") && !path.isAbsolute(inside)) throw new FolderRefused(`${folder} is inside the real data folder: choose a folder outside it.`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new FolderRefused(`${folder} is not empty: choose a new or empty folder, so that nothing in it is overwritten.`);
  const files = { ...FILES, "sources.yaml": sourcesYaml(createHash("sha256").update(TEXT).digest("hex")) };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    writeFileSync(path.join(target, name), text, { flag: "wx" });
  }
  return Object.keys(files).sort();
}
