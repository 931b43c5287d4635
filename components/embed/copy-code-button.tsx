"use client";

import { useState } from "react";

/** Copies the code in the field `target` names; without JavaScript the field can still be selected and copied. */
export function CopyCodeButton({ target, code }: { target: string; code: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("copied");
    } catch {
      document.getElementById(target)?.focus();
      setStatus("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Copy code
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {status === "copied" && "Code copied"}
        {status === "failed" && "Select the code and copy it"}
      </span>
    </>
  );
}
