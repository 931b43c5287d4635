import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { atomFeed } from "./feed";
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

describe("atomFeed", () => {
  const xml = atomFeed(releaseHistory(releases), "https://example.org/m/", (s) => s);

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
