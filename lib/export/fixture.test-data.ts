/** A small dataset full of text that breaks naive CSV writers, for the export tests. */
import { buildDataset } from "../load/build";

export const HOSTILE_SOURCE =
  'He said "no, never", twice.\nThen: =1+1 <script>alert(1)</script> — Крым, 🇺🇦, naïve.\r\n@SUM(A1) closes it.';

const SOURCES = `- id: article
  file: a.txt
  title: 'An "article", with commas'
  publisher: null
  author: null
  date: { value: "2025-12", qualifier: approximate }
  kind: analysis
  url: null
  anonymous: true
  problems:
    - note: "=Known problem: a hostile note."
- id: statement
  file: b.txt
  title: A statement
  publisher: Office
  author: null
  date: { value: "2025-11-23", qualifier: exact }
  kind: own-statement
  statementOf: [ukraine]
  url: https://example.org/statement?a=1&b=2
  problems: []
`;

const POSITIONS = [
  ["ukraine", "Ukraine, as stated", 20],
  ["russia", "Russia's position", 10],
  ["europe", "=Europe", 30],
]
  .map(([slug, label, order]) =>
    `- { slug: ${slug}, label: ${JSON.stringify(label)}, shortLabel: ${slug}, description: d, scope: "What it holds.", actor: a, date: "2025", kind: actor, order: ${order} }`)
  .join("\n");

const CATEGORIES = `- { slug: territory, title: "Territory, borders", description: d, order: 2 }
- { slug: process, title: Process, description: d, order: 1 }
`;

const TALKS = `slug: talks
title: 'Talks "now", or later'
definition: d
proposition: p
category: process
cells:
  - position: russia
    stance: rejects
    summary: "=HYPERLINK(\\"http://evil\\")\\nsecond line"
    citations:
      - source: article
        quote: 'He said "no, never", twice.'
        about: "-Someone"
        kind: reporting
      - source: article
        quote: '"no, never"'
        speaker: "-Someone"
        kind: own-words
      - source: article
        quote: "Then: =1+1 <script>alert(1)</script> — Крым, 🇺🇦, naïve."
        kind: commentary
  - position: ukraine
    stance: supports
    summary: "+Supports, with 🇺🇦 and Крым"
    citations:
      - source: statement
        quote: The statement itself.
        kind: own-words
`;

const BORDERS = `slug: borders
title: Borders
definition: d
proposition: p
category: territory
cells:
  - position: europe
    stance: conditional
    summary: "@only if: \\tconditions"
    citations:
      - source: article
        quote: "@SUM(A1) closes it."
        kind: reporting
`;

export function hostileDataset() {
  return buildDataset({
    sources: { path: "data/sources.yaml", text: SOURCES },
    positions: { path: "data/positions.yaml", text: POSITIONS },
    categories: { path: "data/categories.yaml", text: CATEGORIES },
    timeline: { path: "data/timeline.yaml", text: "[]" },
    issues: [
      { path: "data/issues/borders.yaml", text: BORDERS },
      { path: "data/issues/talks.yaml", text: TALKS },
    ],
    sourceTexts: { "a.txt": HOSTILE_SOURCE, "b.txt": "Preamble. The statement itself. End." },
    sourceDir: "data/sources",
  });
}
