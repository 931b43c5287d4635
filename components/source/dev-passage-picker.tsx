"use client";
import { useEffect, useState } from "react";
import { citationForRange, type PickedCitation } from "@/lib/source/pick-citation";
import { CopyButton } from "@/components/release/copy-button";
import { DevCellForm, type CellFormOptions } from "./dev-cell-form";

/** The offset into the source text of a point in the reader: its paragraph's `data-start`, plus the text before it there. */
function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest<HTMLElement>("[data-start]");
  if (!block) return null;
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

/**
 * For maintainers only: loaded in `npm run dev`, never in the production build (SourceText
 * imports it behind a NODE_ENV check the bundler removes). Selecting text in the reader shows
 * the citation YAML, and a form that writes it into a cell (DevCellForm).
 */
export function DevPassagePicker({ text, source, options }: { text: string; source: string; options: CellFormOptions }) {
  const [picked, setPicked] = useState<PickedCitation | null>(null);

  useEffect(() => {
    const onSelect = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null) return;
      setPicked(citationForRange(text, start, end, source));
    };
    document.addEventListener("mouseup", onSelect);
    document.addEventListener("keyup", onSelect);
    return () => {
      document.removeEventListener("mouseup", onSelect);
      document.removeEventListener("keyup", onSelect);
    };
  }, [text, source]);

  if (!picked) return null;
  return (
    <aside
      aria-label="Citation for the selected passage"
      className="fixed right-4 bottom-4 z-40 max-h-[calc(100vh-2rem)] w-[min(32rem,calc(100vw-2rem))] space-y-2 overflow-y-auto rounded border border-blue-600 bg-white p-3 text-sm shadow-xl dark:bg-slate-900"
    >
      <div className="flex items-center justify-between gap-2">
        <p className="font-semibold">Citation for the selected passage (development only)</p>
        <button type="button" onClick={() => setPicked(null)} className="cursor-pointer rounded border px-2 text-xs">
          Close
        </button>
      </div>
      {picked.ok ? (
        <>
          <p>
            Checked: the build&apos;s resolver finds exactly this passage
            {picked.selector.prefix || picked.selector.suffix ? ", told apart by its " + (picked.selector.prefix ? "prefix" : "suffix") : ""}. Paste it under a
            cell&apos;s <code>citations:</code> and set its <code>kind</code> (and <code>speaker</code>, if the passage names one).
          </p>
          <pre className="max-h-48 overflow-auto rounded bg-slate-100 p-2 whitespace-pre-wrap dark:bg-slate-800">{picked.yaml}</pre>
          <CopyButton text={() => picked.yaml} label="Copy YAML" />
          <DevCellForm key={`${picked.start}-${picked.end}`} source={source} selector={picked.selector} options={options} />
        </>
      ) : (
        <p role="alert">{picked.reason}</p>
      )}
    </aside>
  );
}
