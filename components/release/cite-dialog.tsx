"use client";
import { useEffect, useRef, useState } from "react";
import { citeAddress, cslItem } from "@/lib/release/cite";
import type { FormattedCitation } from "@/lib/release/cite-format";
import { formatPartialDate } from "@/lib/format";
import { SMALL_BUTTON } from "@/components/ui/small-button";
import { CopyButton } from "./copy-button";
import type { CiteButtonProps, CiteChoice } from "./cite-types";

const FORMATS: { key: keyof FormattedCitation; label: string; hint: string }[] = [
  { key: "apa", label: "APA", hint: "7th edition" },
  { key: "chicago", label: "Chicago", hint: "author-date, 17th edition" },
  { key: "bibtex", label: "BibTeX", hint: "a biblatex entry" },
  { key: "csl", label: "CSL-JSON", hint: "for Zotero and other reference managers: paste it into Import from Clipboard" },
];

/**
 * "Cite this"'s dialog: the citation in APA, Chicago, BibTeX and CSL-JSON, each with a copy
 * button. Loaded by CiteButton on the first press and opened as it mounts; the citation
 * library it formats with is loaded as it opens. Closing it unmounts it (`onClosed`).
 */
export default function CiteDialog({
  target,
  info,
  pinned,
  name,
  which,
  setWhich,
  onClosed,
}: Omit<CiteButtonProps, "label" | "className"> & { name: string; which: CiteChoice; setWhich: (choice: CiteChoice) => void; onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [formats, setFormats] = useState<FormattedCitation | null>(null);
  const [failed, setFailed] = useState(false);
  const shown = pinned ?? info.edition.release;
  const release = which === "this" ? shown : info.edition.release;
  const address = citeAddress(target, info.site, which === "this" ? shown?.version : undefined);

  /** The citation in every format, with the citation library loaded on the first call. */
  async function formatted(choice: CiteChoice): Promise<FormattedCitation> {
    const { formatCitation } = await import("@/lib/release/cite-format");
    const cited = choice === "this" ? shown : info.edition.release;
    return formatCitation(cslItem(target, cited, info.site, new Date(), choice === "this"));
  }
  const show = (pending: Promise<FormattedCitation>) =>
    pending.then(
      (done) => {
        setFailed(false);
        setFormats(done);
      },
      () => setFailed(true),
    );

  // Opened as it mounts: the press that loaded it asked for it.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void show(formatted(which));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function choose(choice: CiteChoice) {
    setWhich(choice);
    void show(formatted(choice));
  }

  return (
    <dialog
      ref={dialog}
      aria-label={`Cite ${name}`}
      // React passes a dialog's close and cancel up to enclosing dialogs (the evidence panel): stop them here.
      onClose={(e) => {
        e.stopPropagation();
        onClosed();
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
              At <span className="break-all">{address}</span>, accessed today.
            </p>
            {shown && (
              <fieldset className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <legend className="sr-only">Which version to cite</legend>
                <label className="flex items-center gap-1">
                  <input type="radio" name="cite-version" checked={which === "this"} onChange={() => choose("this")} />
                  This version ({shown.version}), at a page that never changes
                </label>
                <label className="flex items-center gap-1">
                  <input type="radio" name="cite-version" checked={which === "latest"} onChange={() => choose("latest")} />
                  The latest, at the live page
                </label>
              </fieldset>
            )}
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
  );
}
