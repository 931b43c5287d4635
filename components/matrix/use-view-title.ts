"use client";
import { useEffect, useRef } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import type { View } from "@/lib/matrix/view";

/**
 * The tab's title names the view the table shows, as a shared link's preview does. The server
 * sends a shared view's title in its HTML, but hydration puts back the prerendered matrix's; and
 * a view chosen in the page deserves its name in the history and bookmarks too. Keyed by the
 * view's query, so it runs once per change. `count`, the issues the table shows, comes from the
 * table's own rows: a keystroke's effects run before the browser paints, and a second run of the
 * table here cost each keystroke as much as the rest of its script.
 */
export function useViewTitle(data: MatrixData, view: View, query: string, count: number) {
  // The plain matrix's HTML already has its title: the title code (the preview's table run and the
  // site's identity) loads only once the view is another, and from then on names every view.
  const named = useRef(false);
  useEffect(() => {
    if (!query && !named.current) return;
    named.current = true;
    let observer: MutationObserver | null = null;
    let left = false;
    void import("./view-title").then(({ viewTitle }) => {
      if (left) return;
      const title = viewTitle(data, view, count, query);
      // Once the matrix has left the page (a move to another page), that page's title is its own.
      const apply = () => {
        if (document.title !== title && document.querySelector(".matrix-view")) document.title = title;
      };
      apply();
      // Next.js commits the layout's metadata (the site's title) after the page's first effects: the view's title stays.
      observer = new MutationObserver(apply);
      observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    }, () => undefined); // A title that could not load leaves the tab's as it was: nothing else depends on it.
    return () => {
      left = true;
      observer?.disconnect();
    };
    // The query stands for the view: the same query, the same title.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, query]);
}
