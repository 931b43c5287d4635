"use client";

import { useState } from "react";
import { useBrowserValue } from "@/components/ui/use-browser-value";

/** The address to share: this page and the cell it points at, without the matrix's view settings. */
function currentAddress(): string {
  return `${location.origin}${location.pathname}${location.hash}`;
}

/** "Copy link", and "Share…" where the browser has the Web Share API. */
export function ShareButton({ title, text }: { title: string; text: string }) {
  const canShare = useBrowserValue(() => typeof navigator.share === "function", false);
  const [status, setStatus] = useState<{ kind: "idle" } | { kind: "copied" } | { kind: "failed"; url: string }>({ kind: "idle" });

  async function copy() {
    const url = currentAddress();
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "failed", url });
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text, url: currentAddress() });
    } catch {
      // Cancelled by the user, or refused: nothing to report.
    }
  }

  const button =
    "rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={button}>
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          Share…
        </button>
      )}
      <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {status.kind === "copied" && "Link copied"}
        {status.kind === "failed" && (
          <label>
            Copy this address:{" "}
            <input readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} className="w-64 rounded border px-1" />
          </label>
        )}
      </span>
    </div>
  );
}
