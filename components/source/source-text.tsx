import type { CitedPassage } from "@/lib/source/citation-index";
import { frontMatterEnd, highlightBlocks, looksLikeHeading, type Block, type HighlightNode, type MarkNode } from "@/lib/source/highlight";
import { passageId } from "@/lib/data/passage";
import type { SourceWithText } from "@/lib/data/schema";
import { PassageNote } from "./passage-note";
import { sourceCaption } from "@/lib/format";

type Numbering = Map<string, number>;

function Nodes({ nodes, text, numbers }: { nodes: HighlightNode[]; text: string; numbers: Numbering }) {
  return nodes.map((n) =>
    n.kind === "text" ? (
      text.slice(n.start, n.end)
    ) : (
      <Mark key={`${passageId(n.range)}@${n.start}`} node={n} text={text} numbers={numbers} />
    ),
  );
}

const MARK = [
  "scroll-mt-24 rounded-sm bg-amber-200/60 text-inherit",
  "before:pr-[0.2em] before:align-super before:text-[0.65em] before:font-semibold before:text-amber-800 data-[n]:before:content-[attr(data-n)]",
  "target:bg-amber-300 target:outline target:outline-2 target:outline-offset-2 target:outline-blue-600",
  // In the dark, stacked translucent amber would grow too light for light text: nested marks are underlined instead.
  "dark:bg-amber-400/25 dark:before:text-amber-300 dark:[&_mark]:bg-transparent dark:[&_mark]:underline dark:[&_mark]:decoration-amber-300 dark:[&_mark]:decoration-2 dark:[&_mark]:underline-offset-4",
  "dark:target:bg-amber-300 dark:target:text-slate-900 dark:target:outline-blue-400 dark:target:before:text-amber-900",
].join(" ");

// Nested marks darken, as their translucent backgrounds stack; the arrived-at passage
// (:target) is outlined. Only a passage's first piece carries its anchor, and its number,
// drawn by CSS so that the mark's text stays exactly the quoted text.
function Mark({ node, text, numbers }: { node: MarkNode; text: string; numbers: Numbering }) {
  const id = passageId(node.range);
  return (
    <mark
      id={node.first ? id : undefined}
      data-q={id}
      data-n={node.first ? numbers.get(id) : undefined}
      className={MARK}
    >
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

/**
 * The full text of a source, paragraph by paragraph, every cited passage highlighted and
 * anchored, with the passages that begin in a paragraph noted beside it. Markdown sources
 * start after their front matter; offsets stay those of the whole file.
 */
export async function SourceText({ source, passages }: { source: SourceWithText; passages: CitedPassage[] }) {
  // For maintainers: in `npm run dev`, selecting text offers its citation YAML. The bundler drops
  // this branch, and the picker with it, from the production build.
  let picker: React.ReactNode = null;
  if (process.env.NODE_ENV === "development") {
    const { DevPassagePicker } = await import("./dev-passage-picker");
    picker = <DevPassagePicker text={source.text} source={source.id} />;
  }
  const markdown = source.file.endsWith(".md");
  const blocks = highlightBlocks(source.text, passages, {
    mode: markdown ? "paragraphs" : "lines",
    from: frontMatterEnd(source.text),
  });
  const number = new Map(passages.map((p, i) => [passageId(p), i + 1]));
  const caption = sourceCaption(source);
  return (
    <div className="space-y-4">
      <SplitPassageStyles blocks={blocks} />
      {picker}
      {blocks.map((block) => {
        const starting = passages.filter((p) => p.start >= block.start && p.start < block.end);
        const blockText = source.text.slice(block.start, block.end);
        const heading = !markdown && starting.length === 0 && looksLikeHeading(blockText);
        return (
          <div key={block.start} className="grid gap-2 lg:grid-cols-[minmax(0,68ch)_minmax(16rem,1fr)] lg:gap-8">
            <p data-start={block.start} className={heading ? "pt-2 text-lg font-semibold" : "leading-relaxed"}>
              <Nodes nodes={block.nodes} text={source.text} numbers={number} />
            </p>
            {starting.length > 0 && (
              <div className="space-y-3">
                {starting.map((p) => (
                  <PassageNote
                    key={passageId(p)}
                    passage={p}
                    number={number.get(passageId(p)) ?? 0}
                    text={source.text.slice(p.start, p.end)}
                    url={source.url}
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
