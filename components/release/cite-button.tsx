"use client";
import { lazy, Suspense, useState } from "react";
import type { CiteTarget } from "@/lib/release/cite";
import { SMALL_BUTTON } from "@/components/ui/small-button";
import type { CiteButtonProps, CiteChoice } from "./cite-types";

// The dialog, the citation code and the site's identity load on the first press: every page has
// this button (the footer's), and few readers press it. A failed load says so beside the button.
const CiteDialog = lazy(() =>
  import("./cite-dialog").catch(() => ({
    default: function Unavailable() {
      return <span role="alert">The citation could not be loaded. Reload the page and try again.</span>;
    },
  })),
);

function targetName(target: CiteTarget): string {
  if (target.kind === "dataset") return "the whole dataset";
  if (target.kind === "issue") return `“${target.title}”`;
  return `${target.positionLabel} on “${target.title}”`;
}

/** "Cite this": opens a dialog with the citation in APA, Chicago, BibTeX and CSL-JSON (cite-dialog.tsx). */
export function CiteButton({ target, info, label = "Cite this", className = SMALL_BUTTON, pinned }: CiteButtonProps) {
  const [open, setOpen] = useState(false);
  // Kept here, not in the dialog, so that a reopened dialog cites the version last chosen.
  const [which, setWhich] = useState<CiteChoice>(pinned ? "this" : "latest");
  const name = targetName(target);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={`${label}: ${name}`} className={`no-print ${className}`}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog target={target} info={info} pinned={pinned} name={name} which={which} setWhich={setWhich} onClosed={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
