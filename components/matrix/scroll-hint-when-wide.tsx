import { lazy, Suspense, useEffect, useState, type RefObject } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";

// The hint's code loads once the table is wider than its box: at a laptop's width with the default
// positions it never is, and the matrix's first load carries none of it.
const ScrollHint = lazy(() => import("./scroll-hint").then((m) => ({ default: m.ScrollHint })));

/** ScrollHint, from the first time the table (in `box`) is wider than the box on. */
export function ScrollHintWhenWide({ box, positions }: { box: RefObject<HTMLElement | null>; positions: readonly MatrixPosition[] }) {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || wide || typeof ResizeObserver === "undefined") return;
    const check = () => {
      if (el.scrollWidth > el.clientWidth + 1) setWide(true);
    };
    check();
    // The box narrows with the window; the table widens with each position shown.
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [box, wide]);
  return wide ? (
    <Suspense fallback={null}>
      <ScrollHint box={box} positions={positions} />
    </Suspense>
  ) : null;
}
