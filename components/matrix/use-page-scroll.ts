/**
 * The table uses the page's own scroll (see app/globals.css, "the table uses the page"): its
 * header row follows the page by a scroll-driven animation, which needs to know how far it may
 * travel. This keeps that distance on the header row as custom properties, measured again
 * whenever the table's size changes, never on scroll. On the header row, not the box: a custom
 * property set on the box makes the browser restyle every cell below it, a long task on a phone.
 */
import { useEffect, type RefObject } from "react";

export function usePageScroll(box: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = box.current;
    const head = el?.querySelector("thead");
    if (!el || !head || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const headHeight = head.getBoundingClientRect().height;
      head.style.setProperty("--matrix-head", `${headHeight}px`);
      head.style.setProperty("--matrix-travel", `${Math.max(0, el.clientHeight - headHeight)}px`);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(head);
    measure();
    return () => observer.disconnect();
  }, [box]);
}
