import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/**
 * Lets the table skip its cells far from the screen (`.cell-body[data-sized]`, app/globals.css),
 * each once its height is known. A cell whose text took a height before in this layout (these
 * columns, this window's width) takes it at once; any other is marked once a ResizeObserver sees its
 * first size, which the browser has kept just before (`contain-intrinsic-size: auto`), in the frame
 * that first lays it out. A cell skipped on a guess would stand at the estimate, and a row scrolled
 * to would land on estimated heights and move once its cells were laid out. New columns or a window
 * of another width lay every cell out and measure it again (so a phone turned, whose cards skip whole
 * and whose cells the CSS never skips, leaves no card's height behind). While `enabled` is false (a
 * long table, which renders only the rows near the screen) no cell is marked or measured again; a
 * cell marked before it grew long keeps the height it was measured at.
 */
export function useFarCells(box: RefObject<HTMLElement | null>, columns: string, enabled: boolean): void {
  // Sizes the cells a commit mounted, while the table skips.
  const afterCommit = useRef<(() => void) | null>(null);

  // One layout: its columns, from this effect to the next.
  useEffect(() => {
    const root = box.current;
    if (!enabled || !root) return;
    const known = new Map<string, number>();
    const observer = new ResizeObserver((entries) => {
      for (const { target, contentBoxSize } of entries) {
        const height = contentBoxSize[0]!.blockSize;
        if (!height) continue;
        known.set(target.textContent!, height);
        target.setAttribute("data-sized", "");
        observer.unobserve(target);
      }
    });
    const sizeNew = () => {
      for (const cell of root.querySelectorAll<HTMLElement>(".cell-body:not([data-sized])")) {
        const height = known.get(cell.textContent!);
        if (height === undefined) observer.observe(cell);
        else {
          cell.style.containIntrinsicBlockSize = `auto ${height}px`;
          cell.setAttribute("data-sized", "");
        }
      }
    };
    let width = innerWidth;
    const remeasure = () => {
      width = innerWidth;
      known.clear();
      for (const cell of root.querySelectorAll<HTMLElement>(".cell-body[data-sized]")) {
        cell.removeAttribute("data-sized");
        cell.style.containIntrinsicBlockSize = "";
      }
      sizeNew();
    };
    const onResize = () => width !== innerWidth && remeasure();
    addEventListener("resize", onResize);
    remeasure();
    afterCommit.current = sizeNew;
    return () => {
      afterCommit.current = null;
      removeEventListener("resize", onResize);
      observer.disconnect();
    };
  }, [box, enabled, columns]);

  useLayoutEffect(() => {
    afterCommit.current?.();
  });
}
