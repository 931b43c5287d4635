import { useEffect, useState, type RefObject } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import { listNames, plural } from "@/lib/format";

type Hidden = { left: MatrixPosition[]; right: MatrixPosition[] };
const NONE: Hidden = { left: [], right: [] };

/**
 * Where the table is wider than its box (768–1024 px shows two or three positions), a bar at the
 * foot of the screen names the positions out of sight on either side, and scrolls to them.
 */
export function ScrollHint({ box, positions }: { box: RefObject<HTMLElement | null>; positions: readonly MatrixPosition[] }) {
  const [hidden, setHidden] = useState<Hidden>(NONE);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      if (el.scrollWidth <= el.clientWidth + 1) return setHidden((h) => (h === NONE ? h : NONE));
      const frozen = frozenEdge(el);
      const right = el.getBoundingClientRect().right;
      const next: Hidden = { left: [], right: [] };
      el.querySelectorAll<HTMLElement>("thead th[data-position]").forEach((th, i) => {
        const r = th.getBoundingClientRect();
        const position = positions[i];
        // Half out of sight counts as out of sight.
        if (position && r.left + r.width / 2 < frozen) next.left.push(position);
        else if (position && r.right - r.width / 2 > right) next.right.push(position);
      });
      setHidden((h) => (h.left.join() === next.left.join() && h.right.join() === next.right.join() ? h : next));
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    later();
    el.addEventListener("scroll", later, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(later);
    observer?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", later);
      observer?.disconnect();
    };
  }, [box, positions]);

  const scrollTo = (position: MatrixPosition | undefined, side: "left" | "right") => {
    const el = box.current;
    const th = position && el?.querySelector<HTMLElement>(`thead th[data-position="${CSS.escape(position.slug)}"]`);
    if (!el || !th) return;
    const r = th.getBoundingClientRect();
    const by = side === "right" ? r.right - el.getBoundingClientRect().right : r.left - frozenEdge(el);
    el.scrollBy({ left: by, behavior: "smooth" });
  };

  if (hidden.left.length === 0 && hidden.right.length === 0) return null;
  const names = (list: MatrixPosition[]) => listNames(list.map((p) => p.shortLabel));
  return (
    <div
      role="group"
      aria-label="Positions out of sight"
      className="scroll-hint no-print sticky bottom-0 z-40 flex items-center justify-between gap-3 border-t border-slate-300 bg-white/95 px-2 py-1.5 text-sm text-slate-700 max-md:hidden dark:border-slate-600 dark:bg-slate-900/95 dark:text-slate-300"
    >
      {hidden.left.length > 0 ? (
        <button type="button" className={HINT_BUTTON} onClick={() => scrollTo(hidden.left.at(-1), "left")}>
          <span aria-hidden="true">← </span>
          {plural(hidden.left.length, "more position")} to the left: {names(hidden.left)}
        </button>
      ) : (
        <span />
      )}
      <span className="text-xs">Scroll sideways for every column</span>
      {hidden.right.length > 0 ? (
        <button type="button" className={HINT_BUTTON} onClick={() => scrollTo(hidden.right[0], "right")}>
          {plural(hidden.right.length, "more position")} to the right: {names(hidden.right)}
          <span aria-hidden="true"> →</span>
        </button>
      ) : (
        <span />
      )}
    </div>
  );
}

/** The right edge of the issue and agreement columns, which stay in place: what lies left of it is out of sight. */
function frozenEdge(box: HTMLElement): number {
  return box.querySelector<HTMLElement>("thead th:nth-child(2)")?.getBoundingClientRect().right ?? box.getBoundingClientRect().left;
}

const HINT_BUTTON = "cursor-pointer rounded border border-slate-400 px-2 py-1 text-left font-medium hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800";
