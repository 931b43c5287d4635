"use client";
import { useState } from "react";
import { SMALL_BUTTON } from "@/components/ui/small-button";

/**
 * Copies a text to the clipboard and says so; where the browser refuses, shows the text
 * selected so the reader can copy it by hand. `text` is a function so that what is copied
 * (an address in the browser's own origin, say) is worked out at the moment of copying.
 */
export function CopyButton({ text, label, name, className = SMALL_BUTTON }: { text: () => string; label: string; name?: string; className?: string }) {
  const [status, setStatus] = useState<{ kind: "idle" } | { kind: "copied" } | { kind: "failed"; text: string }>({ kind: "idle" });

  async function copy() {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "failed", text: value });
    }
  }

  return (
    <span className="no-print copy">
      <button type="button" onClick={copy} aria-label={name} className={className}>
        {label}
      </button>
      <span role="status" className="muted text-xs">
        {status.kind === "copied" && "Copied"}
        {status.kind === "failed" && (
          <label className="flex flex-col gap-1">
            Copy it from here:
            <textarea readOnly value={status.text} onFocus={(e) => e.currentTarget.select()} rows={4} className="w-72 rounded border p-1 font-mono" />
          </label>
        )}
      </span>
    </span>
  );
}
