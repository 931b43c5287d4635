import { describe, expect, it } from "vitest";
import {
  blockSpans,
  frontMatterEnd,
  highlightBlocks,
  looksLikeHeading,
  nestRanges,
  type HighlightNode,
  type MarkNode,
  type Span,
} from "./highlight";

/** Renders nodes as bracketed text, e.g. "ab[cd{ef}]g" with marks shown by their offsets. */
function show(text: string, nodes: HighlightNode[]): string {
  return nodes
    .map((n) =>
      n.kind === "text"
        ? text.slice(n.start, n.end)
        : `<${n.range.start}-${n.range.end}${n.first ? "" : "…"}>${show(text, n.children)}</${n.last ? "" : "…"}>`,
    )
    .join("");
}

function marks(nodes: HighlightNode[]): MarkNode[] {
  return nodes.flatMap((n) => (n.kind === "mark" ? [n, ...marks(n.children)] : []));
}

function plain(text: string, nodes: HighlightNode[]): string {
  return nodes.map((n) => (n.kind === "text" ? text.slice(n.start, n.end) : plain(text, n.children))).join("");
}

const TEXT = "0123456789abcdefghij";

describe("nestRanges", () => {
  it("leaves a text without citations as one text node", () => {
    expect(nestRanges(0, 20, [])).toEqual([{ kind: "text", start: 0, end: 20 }]);
  });

  it("marks separate passages side by side", () => {
    expect(show(TEXT, nestRanges(0, 20, [{ start: 12, end: 15 }, { start: 2, end: 4 }]))).toBe(
      "01<2-4>23</>456789ab<12-15>cde</>fghij",
    );
  });

  it("nests a passage inside another", () => {
    expect(show(TEXT, nestRanges(0, 20, [{ start: 2, end: 10 }, { start: 4, end: 6 }]))).toBe(
      "01<2-10>23<4-6>45</>6789</>abcdefghij",
    );
  });

  it("makes one mark for a passage cited twice", () => {
    const nodes = nestRanges(0, 20, [{ start: 2, end: 5 }, { start: 2, end: 5 }]);
    expect(marks(nodes)).toHaveLength(1);
  });

  it("nests passages that share a start, the longer outside", () => {
    expect(show(TEXT, nestRanges(0, 20, [{ start: 2, end: 4 }, { start: 2, end: 8 }]))).toBe(
      "01<2-8><2-4>23</>4567</>89abcdefghij",
    );
  });

  it("cuts a crossing passage in two, the anchor on its first piece", () => {
    expect(show(TEXT, nestRanges(0, 20, [{ start: 2, end: 8 }, { start: 5, end: 12 }]))).toBe(
      "01<2-8>234<5-12>567</…></><5-12…>89ab</>cdefghij",
    );
  });

  it("clips passages to the block and says which pieces begin and end them", () => {
    const nodes = nestRanges(5, 10, [{ start: 0, end: 7 }, { start: 8, end: 30 }]);
    expect(show(TEXT, nodes)).toBe("<0-7…>56</>7<8-30>89</…>");
  });
});

describe("frontMatterEnd", () => {
  it("finds the end of a YAML front matter block", () => {
    const text = "---\ntitle: A\ndate: '2025'\n---\n \nBody text.";
    expect(text.slice(frontMatterEnd(text))).toBe(" \nBody text.");
  });

  it("is 0 for a text without front matter, or with an unclosed one", () => {
    expect(frontMatterEnd("Body --- text\n---\n")).toBe(0);
    expect(frontMatterEnd("---\ntitle: A\nno end")).toBe(0);
  });
});

describe("blockSpans", () => {
  it("makes each non-blank line a block in lines mode", () => {
    const text = "Title\nFirst para.\n\n  \nSecond para.\n";
    expect(blockSpans(text, 0, "lines").map((s) => text.slice(s.start, s.end))).toEqual(["Title", "First para.", "Second para."]);
  });

  it("joins lines between blank lines in paragraphs mode", () => {
    const text = "---\nx: 1\n---\n \nOne line\nwrapped.  \n  \nTwo.\n";
    const spans = blockSpans(text, frontMatterEnd(text), "paragraphs");
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["One line\nwrapped.", "Two."]);
  });
});

describe("highlightBlocks", () => {
  const text = "First paragraph here.\nSecond paragraph there.";

  it("cuts a passage that runs over a paragraph break into one piece per paragraph", () => {
    const range = { start: 6, end: 29 };
    const blocks = highlightBlocks(text, [range], { mode: "lines" });
    const pieces = blocks.flatMap((b) => marks(b.nodes));
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.first, p.last])).toEqual([
      ["paragraph here.", true, false],
      ["Second ", false, true],
    ]);
  });

  it("starts at the body but falls back to the whole file when a passage lies before it", () => {
    expect(highlightBlocks(text, [], { mode: "lines", from: 22 })).toHaveLength(1);
    expect(highlightBlocks(text, [{ start: 0, end: 5 }], { mode: "lines", from: 22 })).toHaveLength(2);
  });

  it("keeps every character and every passage, whatever the passages (random trials)", () => {
    const source = "Lorem ipsum dolor sit amet.\nConsectetur adipiscing.\n\nSed do eiusmod tempor.\nUt labore et dolore.";
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 300; trial++) {
      const ranges: Span[] = Array.from({ length: 1 + random(6) }, () => {
        const start = random(source.length - 1);
        return { start, end: start + 1 + random(source.length - start - 1) };
      });
      const blocks = highlightBlocks(source, ranges, { mode: "lines" });
      for (const b of blocks) expect(plain(source, b.nodes)).toBe(source.slice(b.start, b.end));
      const pieces = blocks.flatMap((b) => marks(b.nodes));
      for (const r of ranges) {
        const own = pieces.filter((p) => p.range.start === r.start && p.range.end === r.end);
        const firsts = own.filter((p) => p.first);
        const covered = own.reduce((n, p) => n + p.end - p.start, 0);
        const inBlocks = blocks.reduce((n, b) => n + Math.max(0, Math.min(b.end, r.end) - Math.max(b.start, r.start)), 0);
        expect(covered).toBe(inBlocks);
        if (inBlocks > 0 && blocks.some((b) => b.start <= r.start && r.start < b.end)) expect(firsts).toHaveLength(1);
      }
    }
  });
});

describe("looksLikeHeading", () => {
  it("takes short unpunctuated lines for headings and sentences for text", () => {
    expect(looksLikeHeading("The Moscow Talks: Failed Compromise")).toBe(true);
    expect(looksLikeHeading("Introduction")).toBe(true);
    expect(looksLikeHeading("The talks ended.")).toBe(false);
    expect(looksLikeHeading("“So far, no compromise has been found.”")).toBe(false);
    expect(looksLikeHeading("a lower-case fragment")).toBe(false);
  });
});
