import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/**
 * The heights of cells laid out before, by what decides them: the screen's width, the columns shown
 * and the cell's text. A row a keystroke brings back is a new element, which the browser knows
 * nothing of: with its height from here, its cells are skipped from the first frame.
 */
const known = new Map<string, number>();
/** The key of each cell waiting for its first size, taken when it was mounted. */
const waiting = new WeakMap<Element, string>();

/**
 * Lets the table skip its cells far from the screen (`.cell-body[data-sized]`, app/globals.css),
 * each once its height is known: a cell laid out before (`known`) at once, at that height; any other
 * once a ResizeObserver sees its first size, which the browser has kept just before
 * (`contain-intrinsic-size: auto`), in the frame that first lays it out. A cell skipped on a guess
 * would take the estimate instead, and a row scrolled to would land on estimated heights and move
 * once its cells were laid out. `columns` names the columns shown; nothing is skipped while
 * `enabled` is false (a long table renders only the rows near the screen already).
 */
export function useFarCells(box: RefObject<HTMLElement | null>, columns: string, enabled: boolean): void {
  const observer = useRef<ResizeObserver | null>(null);
  // After every commit: the cells it mounted are the ones not yet sized.
  useLayoutEffect(() => {
    if (!enabled || !box.current || typeof ResizeObserver === "undefined") return;
    observer.current ??= new ResizeObserver((entries, self) => {
      for (const { target, contentBoxSize } of entries) {
        const height = contentBoxSize[0]?.blockSize;
        const key = waiting.get(target);
        if (height && key) known.set(key, height);
        target.setAttribute("data-sized", "");
        self.unobserve(target);
      }
    });
    for (const cell of box.current.querySelectorAll<HTMLElement>(".cell-body:not([data-sized])")) {
      const key = `${window.innerWidth}|${columns}|${cell.textContent}`;
      const height = known.get(key);
      if (height === undefined) {
        waiting.set(cell, key);
        observer.current.observe(cell);
        continue;
      }
      cell.style.containIntrinsicBlockSize = `auto ${height}px`;
      cell.setAttribute("data-sized", "");
    }
  });
  useEffect(() => () => observer.current?.disconnect(), []);
}
