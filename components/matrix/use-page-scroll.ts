/**
 * The table uses the page's own scroll (see app/globals.css, "the table uses the page"): its
 * header row follows the page by a scroll-driven animation, which needs to know how far it may
 * travel. This keeps that distance on the header row as custom properties, never measured on scroll.
 * On the header row, not the box: a custom property set on the box makes the browser restyle every
 * cell below it, a long task on a phone.
 *
 * The distance matters only while the header travels: while the box's top is above the screen's.
 * Measured then, and when the table's size changes meanwhile; a change of size while the table is
 * lower down (a search keystroke, typed above it) waits until the table is scrolled to. Written at
 * once, it restyled and laid out the page a second time in the keystroke's frame.
 */
import { useEffect, type RefObject } from "react";

export function usePageScroll(box: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = box.current;
    const head = el?.querySelector("thead");
    if (!el || !head || typeof ResizeObserver === "undefined" || typeof IntersectionObserver === "undefined") return;
    let travelling = false;
    let stale = true;
    const measure = () => {
      if (!travelling) {
        stale = true;
        return;
      }
      stale = false;
      const headHeight = head.getBoundingClientRect().height;
      head.style.setProperty("--matrix-head", `${headHeight}px`);
      head.style.setProperty("--matrix-travel", `${Math.max(0, el.clientHeight - headHeight)}px`);
    };
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    resize.observe(head);
    // The screen's top edge as the root (no height): the box meets it while its top is above the screen's.
    const crossing = new IntersectionObserver(
      (entries) => {
        travelling = entries.at(-1)!.isIntersecting;
        if (travelling && stale) measure();
      },
      { rootMargin: "0px 0px -100% 0px" },
    );
    crossing.observe(el);
    return () => {
      resize.disconnect();
      crossing.disconnect();
    };
  }, [box]);
}
