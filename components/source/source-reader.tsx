"use client";
import type { SourceCaption } from "@/lib/format";
import type { CitedPassage } from "@/lib/source/citation-index";
import { frontMatterEnd, highlightBlocks, looksLikeHeading, type Block, type HighlightNode, type MarkNode } from "@/lib/source/highlight";
import { passageId } from "@/lib/data/passage";
import { PassageNote } from "./passage-note";

type Numbering = Map<string, number>;

function Nodes({ nodes, text, numbers }: { nodes: HighlightNode[]; text: string; numbers: Numbering }) {
  return nodes.map((n) =>
    n.kind === "text" ? text.slice(n.start, n.end) : <Mark key={`${passageId(n.range)}@${n.start}`} node={n} text={text} numbers={numbers} />,
  );
}

// Nested marks darken, as their translucent backgrounds stack; the arrived-at passage
// (:target) is outlined. Only a passage's first piece carries its anchor, and its number,
// drawn by CSS so that the mark's text stays exactly the quoted text (`.reader mark`, source.css).
function Mark({ node, text, numbers }: { node: MarkNode; text: string; numbers: Numbering }) {
  const id = passageId(node.range);
  return (
    <mark id={node.first ? id : undefined} data-q={id} data-n={node.first ? numbers.get(id) : undefined}>
      <Nodes nodes={node.children} text={text} numbers={numbers} />
    </mark>
  );
}

/** Where a passage is cut into pieces, emphasise all of them when its anchor is the target. */
function SplitPassageStyles({ blocks }: { blocks: Block[] }) {
  const split = new Set<string>();
  const walk = (nodes: HighlightNode[]) =>
    nodes.forEach((n) => {
      if (n.kind !== "mark") return;
      if (!n.first || !n.last) split.add(passageId(n.range));
      walk(n.children);
    });
  blocks.forEach((b) => walk(b.nodes));
  if (split.size === 0) return null;
  const rules = [...split].map((id) => `body:has(#${id}:target) mark[data-q="${id}"]{outline:2px solid #2563eb;outline-offset:2px}`);
  return <style>{rules.join("\n")}</style>;
}

export type SourceReaderProps = {
  /** The whole file: every offset refers to it. */
  text: string;
  passages: CitedPassage[];
  markdown: boolean;
  url: string | null;
  caption: SourceCaption;
};

/**
 * The full text of a source, paragraph by paragraph, every cited passage highlighted and
 * anchored, with the passages that begin in a paragraph noted beside it. Markdown sources
 * start after their front matter; offsets stay those of the whole file.
 *
 * Rendered from the text and the passages' offsets, on the server and again in the browser:
 * the page then carries the text once as data, rather than a tree of every paragraph and mark
 * beside the same tree in its HTML.
 */
export function SourceReader({ text, passages, markdown, url, caption }: SourceReaderProps) {
  const blocks = highlightBlocks(text, passages, { mode: markdown ? "paragraphs" : "lines", from: frontMatterEnd(text) });
  const number = new Map(passages.map((p, i) => [passageId(p), i + 1]));
  return (
    <div className="reader">
      <SplitPassageStyles blocks={blocks} />
      {blocks.map((block) => {
        const starting = passages.filter((p) => p.start >= block.start && p.start < block.end);
        const heading = !markdown && starting.length === 0 && looksLikeHeading(text.slice(block.start, block.end));
        return (
          <div key={block.start}>
            <p data-start={block.start} className={heading ? "h" : undefined}>
              <Nodes nodes={block.nodes} text={text} numbers={number} />
            </p>
            {starting.length > 0 && (
              <div>
                {starting.map((p) => (
                  <PassageNote
                    key={passageId(p)}
                    passage={p}
                    number={number.get(passageId(p)) ?? 0}
                    text={text.slice(p.start, p.end)}
                    url={url}
                    caption={caption}
                  />
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
