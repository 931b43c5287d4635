import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { changesFeed, issueFeed } from "./feed";
import { releaseHistory } from "./history";
import type { RecordedRelease, Snapshot } from "./schema";

const snapshot = (version: string, stance: "supports" | "rejects", title = "Crimea <b>"): Snapshot => ({
  version,
  positions: { ru: "Russia" },
  issues: { crimea: { title, proposition: "P.", aliases: [], cells: { ru: { stance, summary: "S.", citations: [{ source: "s", quote: "q q q q", kind: "reporting" }] } } } },
  sources: { s: "Source" },
});
const releases: RecordedRelease[] = [
  { version: "2026.12.1", date: "2026-12-01", note: "First.", snapshot: snapshot("2026.12.1", "supports") },
  { version: "2026.12.2", date: "2026-12-09", note: "Re-reviewed <script>.", snapshot: snapshot("2026.12.2", "rejects") },
];

describe("changesFeed", () => {
  const xml = changesFeed("atom", releaseHistory(releases), "https://example.org/m/", (s) => s);

  it("has one entry per release, newest first, linking to the release on the What changed page", () => {
    expect(xml.startsWith("<?xml")).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const entries = doc.feed.entry;
    expect(entries.map((e: { title: { "#text": string } }) => e.title["#text"])).toEqual(["Version 2026.12.2: Re-reviewed &#60;script&#62;.", "Version 2026.12.1: First."]);
    expect(entries[0].link["@_href"]).toBe("https://example.org/m/changes#v2026.12.2");
    expect(entries[0].updated).toBe("2026-12-09T00:00:00.000Z");
    expect(doc.feed.updated).toBe("2026-12-09T00:00:00.000Z");
  });

  it("lists the changed cells with old and new stance, and keeps hostile text as text", () => {
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const content = doc.feed.entry[0].content["#text"] as string;
    expect(content).toContain("Crimea &#60;b&#62; × Russia: Supports → Rejects");
    expect(content).toContain('href="https://example.org/m/issues/crimea#ru"');
    expect(content).not.toContain("<script>");
  });
});

describe("changesFeed as JSON Feed", () => {
  it("is a JSON Feed 1.1 with the same entries, titles as plain text", () => {
    const feed = JSON.parse(changesFeed("json", releaseHistory(releases), "https://example.org/m/", (s) => s));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("https://example.org/m/changes.json");
    expect(feed.authors[0].name).toBeTruthy();
    expect(feed).not.toHaveProperty("author");
    expect(feed.items.map((i: { title: string }) => i.title)).toEqual(["Version 2026.12.2: Re-reviewed <script>.", "Version 2026.12.1: First."]);
    expect(feed.items[0].content_html).toContain('href="https://example.org/m/v/2026.12.2"');
  });
});

describe("issueFeed", () => {
  it("has an entry for each release that changed the issue, linking to its pinned page", () => {
    const feed = JSON.parse(issueFeed("json", { slug: "crimea", title: "Crimea" }, releaseHistory(releases), "https://example.org/m/", (s) => s));
    expect(feed.feed_url).toBe("https://example.org/m/issues/crimea/feed.json");
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(["https://example.org/m/v/2026.12.2/issues/crimea"]);
    const xml = issueFeed("atom", { slug: "crimea", title: "Crimea" }, releaseHistory(releases), "https://example.org/m/", (s) => s);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed.entry.content["#text"]).toContain("Supports → Rejects");
  });
});
