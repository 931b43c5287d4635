"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { IssueIndexEntry as Entry } from "@/lib/issue/lookup";
import { issueHref } from "@/lib/site/links";

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
 * The issues closest to the address that was not found. Runs in the browser after the
 * static 404 page has loaded; without JavaScript the page's plain links remain.
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

  if (!found) return null;
  const shown = found.asked.length > 80 ? `${found.asked.slice(0, 80)}…` : found.asked;
  return (
    <section aria-labelledby="closest-heading" className="rounded border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="closest-heading" className="font-semibold">
        Nothing is called “<span className="break-all">{shown}</span>”
      </h2>
      {found.suggestions.length > 0 ? (
        <>
          <p className="mt-1">The closest issues:</p>
          <ul className="mt-2 space-y-1" aria-label="Closest issues">
            {found.suggestions.map((s) => (
              <li key={s.slug}>
                <Link href={issueHref(s.slug)} className="font-medium underline underline-offset-4">
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">No issue has a similar name.</p>
      )}
    </section>
  );
}
