import { useId, useState } from "react";
import type { ImageMode } from "@/lib/export/view-image";
import { saveFile } from "./save-file";

/** An image of the view made on demand: its SVG, its size and its file name by format. */
export type ImageDownload = { svg: string; width: number; height: number; fileName: (extension: "svg" | "png") => string };

/**
 * The two pictures of the view, named by the part of the page each one draws. The matrix page
 * shows both parts at once (the overview never hides the table), so there is no one mode for
 * the image to follow: the reader picks the part, as they would pick which to screenshot.
 */
const PICTURES: readonly { mode: ImageMode; label: string }[] = [
  { mode: "marks", label: "Marks, as in the overview" },
  { mode: "summaries", label: "Summaries, as in the table" },
];

/**
 * "Download image": the view as PNG or SVG, as the overview's marks or the table's summaries. A
 * native disclosure, so its choices are reachable by keyboard; `make` loads the image code only when pressed.
 */
export function DownloadImage({ make }: { make: (mode: ImageMode) => Promise<ImageDownload> }) {
  const [mode, setMode] = useState<ImageMode>("marks");
  const [status, setStatus] = useState({ text: "", failed: false });
  const name = useId();

  async function save(format: "png" | "svg") {
    try {
      const image = await make(mode);
      const name = image.fileName(format);
      const blob =
        format === "svg"
          ? new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" })
          : await (await import("./svg-to-png")).svgToPng(image.svg, image.width, image.height);
      saveFile(blob, name);
      setStatus({ text: `Saved ${name}: ${image.width} × ${image.height} pixels.`, failed: false });
    } catch (error) {
      setStatus({ text: `Could not save the image: ${error instanceof Error ? error.message : String(error)}`, failed: true });
    }
  }

  const button =
    "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800";
  return (
    // On a wide screen the choices float under the button's right edge (it ends the toolbar: from its left they ran off the screen); on a phone they open in the flow, wherever the button wrapped to. Above the table's sticky heads (z-20, z-30), which covered its buttons.
    <details className="no-print relative">
      <summary className={`list-none [&::-webkit-details-marker]:hidden ${button}`}>Download image</summary>
      <div className="mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-2 md:absolute md:right-0 md:z-40 rounded border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
        <p className="text-sm">The issues and positions shown, in this order, with the title, propositions, data version, date and this view&apos;s address.</p>
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">Picture</legend>
          {PICTURES.map((p) => (
            <label key={p.mode} className="flex items-center gap-2">
              <input type="radio" name={name} checked={mode === p.mode} onChange={() => setMode(p.mode)} />
              {p.label}
            </label>
          ))}
        </fieldset>
        <div className="flex gap-2">
          <button type="button" className={button} onClick={() => save("png")}>
            Save PNG
          </button>
          <button type="button" className={button} onClick={() => save("svg")}>
            Save SVG
          </button>
        </div>
        <p role="status" className={status.failed ? "text-sm text-red-800 dark:text-red-300" : "sr-only"}>
          {status.text}
        </p>
      </div>
    </details>
  );
}
