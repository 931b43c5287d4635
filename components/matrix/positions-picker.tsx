import { positionsIn } from "@/lib/matrix/data";
import { memo } from "react";
import type { View } from "@/lib/matrix/view";
import { sameViewParts, useMatrix, useMatrixView } from "./use-matrix";

/** `.move` in matrix.css. */
const MOVE = "move";

/** Which positions the matrix shows, and in which order: a popover list of checkboxes and move buttons. */
export function PositionsPicker() {
  return <Picker view={useMatrixView("controls")} />;
}

const Picker = memo(function Picker({ view }: { view: View }) {
  const { data, setView } = useMatrix();
  const shown = view.positions;
  const ordered = [
    ...positionsIn(data, shown),
    ...data.positions.filter((p) => !shown.includes(p.slug)),
  ];
  const move = (slug: string, by: -1 | 1) =>
    setView((v) => {
      const i = v.positions.indexOf(slug);
      const j = i + by;
      if (i < 0 || j < 0 || j >= v.positions.length) return v;
      const positions = [...v.positions];
      [positions[i], positions[j]] = [positions[j]!, positions[i]!];
      return { ...v, positions };
    });
  const toggle = (slug: string) =>
    setView((v) => {
      if (!v.positions.includes(slug)) return { ...v, positions: [...v.positions, slug] };
      return v.positions.length > 1 ? { ...v, positions: v.positions.filter((s) => s !== slug) } : v;
    });

  return (
    <>
      <button
        type="button"
        popoverTarget="positions-panel"
        className="positions-anchor cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        Positions{" "}
        <span className="text-slate-600 dark:text-slate-400">
          ({shown.length} of {data.positions.length})
        </span>
      </button>
      <div
        id="positions-panel"
        popover="auto"
        role="dialog"
        aria-labelledby="positions-panel-title"
        className="popover-panel w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="positions-panel-title" className="text-sm font-semibold">
          Positions to show, in column order
        </h2>
        <ol className="mt-2 space-y-1">
          {ordered.map((p) => {
            const i = shown.indexOf(p.slug);
            const visible = i >= 0;
            const first = i === 0;
            const last = i === shown.length - 1;
            return (
              <li key={p.slug} className="flex items-center gap-2">
                <label className="flex flex-1 cursor-pointer items-center gap-2 py-1 text-sm">
                  <input
                    type="checkbox"
                    className="accent-blue-700"
                    checked={visible}
                    aria-disabled={visible && shown.length === 1}
                    onChange={() => toggle(p.slug)}
                  />
                  {p.label}
                </label>
                <button
                  type="button"
                  className={MOVE}
                  aria-label={`Move ${p.label} earlier`}
                  aria-disabled={!visible || first}
                  onClick={() => visible && !first && move(p.slug, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className={MOVE}
                  aria-label={`Move ${p.label} later`}
                  aria-disabled={!visible || last}
                  onClick={() => visible && !last && move(p.slug, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </li>
            );
          })}
        </ol>
        <div className="mt-3 flex justify-between gap-2 text-sm">
          <button
            type="button"
            className="cursor-pointer underline underline-offset-2"
            onClick={() => setView((v) => ({ ...v, positions: data.positions.map((p) => p.slug) }))}
          >
            Show all in the original order
          </button>
          <button type="button" popoverTarget="positions-panel" popoverTargetAction="hide" className="cursor-pointer underline underline-offset-2">
            Done
          </button>
        </div>
      </div>
    </>
  );
}, sameViewParts("positions"));
