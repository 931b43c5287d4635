"use client";

import { useEffect, useState } from "react";
import type { IssueIndexEntry as Entry } from "@/lib/issue/lookup";
import { ClosestIssueList } from "./closest-issue-list";

type Found = { asked: string; suggestions: Entry[] };

/** The last segment of the address, as the reader typed it; "" when it cannot be decoded. */
function askedFor(pathname: string): string {
  const last = pathname.split("/").filter(Boolean).at(-1) ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The issues closest to an address outside /issues/ that was not found (an unknown issue gets
 * them in its HTML: app/%5Fmissing-issue). Runs in the browser after the static 404 page has
 * loaded, from the address and /issues/index.json; without JavaScript the page's plain links remain.
 */
export function ClosestIssues() {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const asked = askedFor(window.location.pathname);
    if (!asked) return;
    let live = true;
    Promise.all([fetch("/issues/index.json").then((r) => (r.ok ? r.json() : null)), import("@/lib/issue/suggest")])
      .then(([index, { suggestIssues }]: [{ issues: Entry[] } | null, typeof import("@/lib/issue/suggest")]) => {
        if (live && index) setFound({ asked, suggestions: suggestIssues(asked, index.issues, 5) });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  return found ? <ClosestIssueList asked={found.asked} suggestions={found.suggestions} /> : null;
}
