/**
 * The feeds of the What changed page (`/changes.atom`, `/changes.json`) and of each issue
 * (`/issues/<slug>/feed.atom`, `feed.json`): one entry per release, newest first, in Atom and in
 * JSON Feed 1.1 alike, from one list of entries.
 */
import { Feed } from "feed";
import { plural } from "../format";
import { absoluteUrl, issueHref } from "../site/links";
import { diffLines } from "./describe";
import { releaseHref } from "./anchors";
import { COMPILER, DATASET_TITLE } from "./cite";
import type { SnapshotDiff } from "./diff";
import { issueHistory, type ReleaseEntry } from "./history";
import { LICENCE } from "./licence";
import { pinnedHref } from "./pinned";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type FeedEntry = { version: string; date: string; note: string; changes: SnapshotDiff | null; holds?: ReleaseEntry["holds"]; link: string };
export type FeedFormat = "atom" | "json";

/** A release's changes as HTML: escaped here, since the feed carries the HTML as it is given. */
function entryHtml(entry: FeedEntry, site: URL, current: (slug: string) => string): string {
  const note = `<p>${escape(entry.note)}</p>`;
  const pinned = `<p><a href="${escape(absoluteUrl(pinnedHref(entry.version), site))}">The matrix as released in version ${escape(entry.version)}</a></p>`;
  if (!entry.changes) return `${note}<p>The first release${entry.holds ? `: ${plural(entry.holds.issues, "issue")}, ${plural(entry.holds.positions, "position")}` : ""}.</p>${pinned}`;
  const cells = entry.changes.cells.map((c) => {
    const line = diffLines({ positions: [], issues: [], cells: [c] })[0]!;
    return `<li><a href="${escape(absoluteUrl(issueHref(current(c.issue), c.position), site))}">${escape(line)}</a></li>`;
  });
  const others = diffLines({ ...entry.changes, cells: [] }).map((l) => `<li>${escape(l)}</li>`);
  return `${note}<ul>${[...others, ...cells].join("")}</ul>${pinned}`;
}

function writeFeed(format: FeedFormat, head: { title: string; description: string; page: string; atom: string; json: string }, entries: FeedEntry[], site: URL, current: (slug: string) => string): string {
  const newest = entries.at(-1);
  const feed = new Feed({
    title: head.title,
    description: head.description,
    id: head.page,
    link: head.page,
    language: "en",
    updated: newest ? new Date(`${newest.date}T00:00:00Z`) : new Date(0),
    generator: false,
    feedLinks: { atom: head.atom, json: head.json },
    author: { name: COMPILER },
    copyright: `Data and summaries: ${LICENCE.title} (${LICENCE.url}); each source keeps its own terms.`,
  });
  for (const entry of [...entries].reverse()) {
    const title = `Version ${entry.version}: ${entry.note}`;
    feed.addItem({
      // Atom titles are read as HTML: escaped there, a note's markup stays text in every reader. JSON Feed titles are plain text.
      title: format === "atom" ? escape(title) : title,
      id: entry.link,
      link: entry.link,
      date: new Date(`${entry.date}T00:00:00Z`),
      content: entryHtml(entry, site, current),
    });
  }
  return format === "atom" ? feed.atom1() : jsonFeed11(feed.json1());
}

/** The library writes JSON Feed 1: version 1.1 names its authors in a list and its language. */
function jsonFeed11(json: string): string {
  const { author, ...rest } = JSON.parse(json) as { author?: unknown; items: { author?: unknown }[] };
  const items = rest.items.map(({ author: by, ...item }) => ({ ...item, ...(by ? { authors: [by] } : {}) }));
  return JSON.stringify({ ...rest, version: "https://jsonfeed.org/version/1.1", language: "en", ...(author ? { authors: [author] } : {}), items }, null, 2);
}

/** The What changed page's feed: every release. */
export function changesFeed(format: FeedFormat, history: readonly ReleaseEntry[], siteUrl: string, current: (slug: string) => string): string {
  const site = new URL(siteUrl);
  const head = {
    title: `${DATASET_TITLE}: what changed`,
    description: "Each release of the dataset, with every cell whose stance, summary or quotes changed.",
    page: absoluteUrl("/changes", site),
    atom: absoluteUrl("/changes.atom", site),
    json: absoluteUrl("/changes.json", site),
  };
  const entries = history.map((e) => ({ ...e, link: absoluteUrl(releaseHref(e.version), site) }));
  return writeFeed(format, head, entries, site, current);
}

/** One issue's feed: the releases that changed it, each linking to the issue as that release left it. */
export function issueFeed(format: FeedFormat, issue: { slug: string; title: string }, history: readonly ReleaseEntry[], siteUrl: string, current: (slug: string) => string): string {
  const site = new URL(siteUrl);
  const page = absoluteUrl(issueHref(issue.slug), site);
  const head = {
    title: `${issue.title}: what changed`,
    description: `Each release that changed “${issue.title}” in the ${DATASET_TITLE} dataset.`,
    page,
    atom: `${page}/feed.atom`,
    json: `${page}/feed.json`,
  };
  const entries = issueHistory(history, issue.slug, current)
    .reverse()
    .map((e) => {
      const slugThen = e.cells[0]?.issue ?? e.issue[0]?.issue ?? issue.slug;
      return { ...e, changes: { positions: [], issues: e.issue, cells: e.cells }, link: absoluteUrl(pinnedHref(e.version, { issue: slugThen }), site) };
    });
  return writeFeed(format, head, entries, site, current);
}
