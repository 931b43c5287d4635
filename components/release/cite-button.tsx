"use client";
import { useRef, useState } from "react";
import type { PublicationInfo } from "@/lib/release/edition";
import { citeAddress, cslItem, type CiteTarget } from "@/lib/release/cite";
import type { FormattedCitation } from "@/lib/release/cite-format";
import { formatPartialDate } from "@/lib/format";
import { CopyButton, SMALL_BUTTON } from "./copy-button";

const FORMATS: { key: keyof FormattedCitation; label: string; hint: string }[] = [
  { key: "apa", label: "APA", hint: "7th edition" },
  { key: "chicago", label: "Chicago", hint: "author-date, 17th edition" },
  { key: "bibtex", label: "BibTeX", hint: "a biblatex entry" },
  { key: "csl", label: "CSL-JSON", hint: "for Zotero and other reference managers: paste it into Import from Clipboard" },
];

function targetName(target: CiteTarget): string {
  if (target.kind === "dataset") return "the whole dataset";
  if (target.kind === "issue") return `“${target.title}”`;
  return `${target.positionLabel} on “${target.title}”`;
}

/**
 * "Cite this": a dialog with the citation in APA, Chicago, BibTeX and CSL-JSON, each with a
 * copy button. The citation library is loaded when the dialog opens, never with the page.
 */
export function CiteButton({
  target,
  info,
  label = "Cite this",
  className = SMALL_BUTTON,
}: {
  target: CiteTarget;
  info: PublicationInfo;
  label?: string;
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [formats, setFormats] = useState<FormattedCitation | null>(null);
  const [failed, setFailed] = useState(false);
  const release = info.edition.release;
  const name = targetName(target);

  async function open() {
    dialog.current?.showModal();
    setFailed(false);
    try {
      const { formatCitation } = await import("@/lib/release/cite-format");
      setFormats(formatCitation(cslItem(target, release, info.site, new Date())));
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog" aria-label={`${label}: ${name}`} className={`no-print ${className}`}>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={`Cite ${name}`}
        // React passes a dialog's close and cancel up to enclosing dialogs (the evidence panel): stop them here.
        onClose={(e) => {
          e.stopPropagation();
          setFormats(null);
        }}
        onCancel={(e) => e.stopPropagation()}
        onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
        className="m-auto max-h-[90dvh] w-[min(44rem,calc(100vw-1rem))] overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="space-y-4 p-4">
          <div className="flex items-start justify-between gap-3">
            <div>
              <h2 className="text-lg font-semibold">Cite {name}</h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {release
                  ? `Version ${release.version}, released ${formatPartialDate(release.date)}. `
                  : "Not yet released: the citation names no version. "}
                At <span className="break-all">{citeAddress(target, info.site)}</span>, accessed today.
              </p>
            </div>
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className={SMALL_BUTTON}>
              Close
            </button>
          </div>
          {failed && <p role="alert">The citation formats could not be loaded. Reload the page and try again.</p>}
          {!formats && !failed && <p role="status">Preparing the citation…</p>}
          {formats &&
            FORMATS.map((f) => (
              <section key={f.key} aria-labelledby={`cite-${f.key}`} className="space-y-1">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`cite-${f.key}`} className="font-semibold">
                    {f.label} <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({f.hint})</span>
                  </h3>
                  <CopyButton text={() => formats[f.key]} label="Copy" name={`Copy ${f.label}`} />
                </div>
                <pre tabIndex={0} className="max-h-48 overflow-auto rounded bg-slate-100 p-2 text-sm whitespace-pre-wrap dark:bg-slate-800">
                  {formats[f.key]}
                </pre>
              </section>
            ))}
        </div>
      </dialog>
    </>
  );
}
