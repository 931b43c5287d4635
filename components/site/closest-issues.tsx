"use client";

import { useEffect, useState } from "react";
import type { IssueIndexEntry as Entry } from "@/lib/issue/lookup";
import type { ClosestIssueList } from "./closest-issue-list";

// The list comes with the lookup, so that a page that is found (every page carries this 404's code) loads neither.
type Found = { asked: string; suggestions: Entry[]; List: typeof ClosestIssueList };

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
 * The issues closest to an address that was not found. Runs in the browser after the static 404
 * page has loaded, from the address and /issues/index.json; without JavaScript the page's plain
 * links remain.
 */
export function ClosestIssues() {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const asked = askedFor(window.location.pathname);
    if (!asked) return;
    let live = true;
    Promise.all([fetch("/issues/index.json").then((r) => (r.ok ? r.json() : null)), import("@/lib/issue/suggest"), import("./closest-issue-list")])
      .then(([index, { suggestIssues }, { ClosestIssueList: List }]: [{ issues: Entry[] } | null, typeof import("@/lib/issue/suggest"), typeof import("./closest-issue-list")]) => {
        if (live && index) setFound({ asked, suggestions: suggestIssues(asked, index.issues, 5), List });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  return found ? <found.List asked={found.asked} suggestions={found.suggestions} /> : null;
}
