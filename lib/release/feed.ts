/** The Atom feed of the What changed page (`/changes.atom`): one entry per release, newest first. */
import { Feed } from "feed";
import { plural } from "../format";
import { absoluteUrl, issueHref } from "../site/links";
import { diffLines } from "./describe";
import { releaseHref } from "./anchors";
import { COMPILER, DATASET_TITLE } from "./cite";
import type { ReleaseEntry } from "./history";
import { LICENCE } from "./licence";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A release's changes as HTML: escaped here, since the feed carries the HTML as it is given. */
function entryHtml(entry: ReleaseEntry, site: URL, current: (slug: string) => string): string {
  const note = `<p>${escape(entry.note)}</p>`;
  if (!entry.changes) return `${note}<p>The first release: ${plural(entry.holds.issues, "issue")}, ${plural(entry.holds.positions, "position")}.</p>`;
  const cells = entry.changes.cells.map((c) => {
    const line = diffLines({ positions: [], issues: [], cells: [c] })[0]!;
    return `<li><a href="${escape(absoluteUrl(issueHref(current(c.issue), c.position), site))}">${escape(line)}</a></li>`;
  });
  const others = diffLines({ ...entry.changes, cells: [] }).map((l) => `<li>${escape(l)}</li>`);
  return `${note}<ul>${[...others, ...cells].join("")}</ul>`;
}

export function atomFeed(history: readonly ReleaseEntry[], siteUrl: string, current: (slug: string) => string): string {
  const site = new URL(siteUrl);
  const changes = absoluteUrl("/changes", site);
  const newest = history.at(-1);
  const feed = new Feed({
    title: `${DATASET_TITLE}: what changed`,
    description: "Each release of the dataset, with every cell whose stance, summary or quotes changed.",
    id: changes,
    link: changes,
    language: "en",
    updated: newest ? new Date(`${newest.date}T00:00:00Z`) : new Date(0),
    generator: false,
    feedLinks: { atom: absoluteUrl("/changes.atom", site) },
    author: { name: COMPILER },
    copyright: `Data and summaries: ${LICENCE.title} (${LICENCE.url}); each source keeps its own terms.`,
  });
  for (const entry of [...history].reverse()) {
    const link = absoluteUrl(releaseHref(entry.version), site);
    feed.addItem({
      // The library marks titles as HTML: escaped, a note's markup stays text in every reader.
      title: escape(`Version ${entry.version}: ${entry.note}`),
      id: link,
      link,
      date: new Date(`${entry.date}T00:00:00Z`),
      content: entryHtml(entry, site, current),
    });
  }
  return feed.atom1();
}
