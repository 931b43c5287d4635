/**
 * Renders only the rows near the screen when a table is long (hundreds of issues), so that a
 * filter change or a keystroke re-renders a screenful of rows, not a thousand. Short tables,
 * like the real dataset's, render every row: find-in-page, printing and screen readers then
 * see the whole table. Printing a long table renders it whole too.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { averageHeight, computeWindow, WINDOW_THRESHOLD, type RowWindow } from "@/lib/matrix/row-window";

const OVERSCAN_PX = 900;
const FALLBACK_ROW_PX = 160;
/** What the server renders and the first client render repeats: the top of the table. */
const INITIAL_VIEW = { top: 0, bottom: 2000 };

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

export function useRowWindow(keys: readonly string[]) {
  const [printing, setPrinting] = useState(false);
  const [view, setView] = useState(INITIAL_VIEW);
  // Measured row heights by key: state, so a new measurement re-windows the rows.
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const spacer = useRef<HTMLTableSectionElement>(null);
  const enabled = keys.length > WINDOW_THRESHOLD && !printing;

  const update = useCallback(() => {
    const top = spacer.current;
    if (!top) return;
    const scroller = top.closest<HTMLElement>(".matrix-scroll");
    const scrolls = scroller && scroller.scrollHeight > scroller.clientHeight + 1 && getComputedStyle(scroller).overflowY !== "visible";
    const clip = scrolls ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const bodyTop = top.getBoundingClientRect().top;
    const next = { top: clip.top - bodyTop, bottom: clip.bottom - bodyTop };
    setView((prev) => (Math.abs(prev.top - next.top) < 40 && Math.abs(prev.bottom - next.bottom) < 40 ? prev : next));
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", onScroll);
    };
  }, [enabled, update]);

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);

  // Measure the rendered rows (top to top, so margins count) and re-window if any changed.
  // Heights measured under other columns stay as estimates until their rows render again.
  useIsomorphicLayoutEffect(() => {
    if (!enabled || !spacer.current) return;
    const rows = [...(spacer.current.parentElement?.querySelectorAll<HTMLElement>("tr[data-row-key]") ?? [])];
    let measured: Map<string, number> | null = null;
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      const h = next
        ? next.getBoundingClientRect().top - row.getBoundingClientRect().top
        : row.getBoundingClientRect().height + parseFloat(getComputedStyle(row).marginBottom || "0");
      const key = row.dataset.rowKey!;
      if (Math.abs((heights.get(key) ?? -1) - h) > 1) (measured ??= new Map(heights)).set(key, h);
    });
    if (measured) setHeights(measured);
  });

  const window_: RowWindow = enabled
    ? computeWindow({
        keys,
        heights,
        estimate: averageHeight(heights, FALLBACK_ROW_PX),
        viewTop: view.top,
        viewBottom: view.bottom,
        overscan: OVERSCAN_PX,
      })
    : { start: 0, end: keys.length, before: 0, after: 0 };
  return { window: window_, windowed: enabled, spacer };
}
