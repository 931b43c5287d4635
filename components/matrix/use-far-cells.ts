import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/** What the table's cells are laid out at (its width, the columns shown; null until first seen): heights are kept for one layout only. */
type Layout = { width: number | null; columns: string | null };

/**
 * Lets the table skip its cells far from the screen (`.cell-body[data-sized]`, app/globals.css),
 * each once its height is known. A cell laid out before in this layout (the same text, in the same
 * columns, at the same width) takes that height at once; any other is marked once a ResizeObserver
 * sees its first size, which the browser has kept just before (`contain-intrinsic-size: auto`), in
 * the frame that first lays it out. A cell skipped on a guess would stand at the estimate, and a row
 * scrolled to would land on estimated heights and move once its cells were laid out. When the table's
 * width or columns change, every cell is laid out and measured again. Nothing is skipped while
 * `enabled` is false (a phone's cards skip whole; a long table renders only the rows near the screen).
 */
export function useFarCells(box: RefObject<HTMLElement | null>, columns: string, enabled: boolean): void {
  const state = useRef<{ cells: ResizeObserver; table: ResizeObserver; layout: Layout; known: Map<string, number> } | null>(null);

  useEffect(() => {
    const root = box.current;
    if (!enabled || !root || typeof ResizeObserver === "undefined") return;
    const known = new Map<string, number>();
    const cells = new ResizeObserver((entries) => {
      for (const { target, contentBoxSize } of entries) {
        const height = contentBoxSize[0]?.blockSize;
        if (!height) continue;
        known.set(target.textContent ?? "", height);
        target.setAttribute("data-sized", "");
        cells.unobserve(target);
      }
    });
    // A new width (the window, a scrollbar come or gone) lays the text out anew: measure every cell again.
    const table = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentBoxSize[0]?.inlineSize ?? 0);
      const s = state.current;
      if (!s || width === s.layout.width) return;
      const first = s.layout.width === null;
      s.layout.width = width;
      if (!first) remeasure(root, s);
    });
    state.current = { cells, table, layout: { width: null, columns: null }, known };
    table.observe(root);
    sizeNew(root, state.current);
    return () => {
      cells.disconnect();
      table.disconnect();
      for (const cell of root.querySelectorAll<HTMLElement>(".cell-body")) unsize(cell);
      state.current = null;
    };
  }, [box, enabled]);

  // After every commit: the cells it mounted are the ones not yet sized; new columns lay every cell out anew.
  useLayoutEffect(() => {
    const s = state.current;
    if (!s || !box.current) return;
    const changed = s.layout.columns !== null && s.layout.columns !== columns;
    s.layout.columns = columns;
    if (changed) remeasure(box.current, s);
    else sizeNew(box.current, s);
  });
}

type State = { cells: ResizeObserver; known: Map<string, number> };

function sizeNew(root: HTMLElement, { cells, known }: State): void {
  for (const cell of root.querySelectorAll<HTMLElement>(".cell-body:not([data-sized])")) {
    const height = known.get(cell.textContent ?? "");
    if (height === undefined) {
      cells.observe(cell);
      continue;
    }
    cell.style.containIntrinsicBlockSize = `auto ${height}px`;
    cell.setAttribute("data-sized", "");
  }
}

function remeasure(root: HTMLElement, s: State): void {
  s.known.clear();
  for (const cell of root.querySelectorAll<HTMLElement>(".cell-body")) unsize(cell);
  sizeNew(root, s);
}

function unsize(cell: HTMLElement): void {
  cell.removeAttribute("data-sized");
  cell.style.removeProperty("contain-intrinsic-block-size");
}
