"use client";
import { useEffect } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { viewPreview } from "@/lib/matrix/preview";
import type { View } from "@/lib/matrix/view";
import { pageTitle, SITE_TITLE } from "@/lib/site/metadata";

/**
 * The tab's title names the view the table shows, as a shared link's preview does. The server
 * sends a shared view's title in its HTML, but hydration puts back the prerendered matrix's; and
 * a view chosen in the page deserves its name in the history and bookmarks too. Keyed by the
 * view's query, so it runs once per change, after the table has painted.
 */
export function useViewTitle(data: MatrixData, view: View, query: string) {
  useEffect(() => {
    const preview = viewPreview(data, view);
    const title = preview ? pageTitle(preview.title) : SITE_TITLE;
    // Once the matrix has left the page (a move to another page), that page's title is its own.
    const apply = () => {
      if (document.title !== title && document.querySelector(".matrix-view")) document.title = title;
    };
    apply();
    // Next.js commits the layout's metadata (the site's title) after the page's first effects: the view's title stays.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
    // The query stands for the view: the same query, the same title.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, query]);
}
