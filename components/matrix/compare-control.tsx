import { memo } from "react";
import type { View } from "@/lib/matrix/view";
import { sameViewParts, useMatrix, useMatrixView } from "./use-matrix";

const SELECT = "rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900";
const TOGGLE =
  "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 aria-pressed:border-blue-700 aria-pressed:bg-blue-50 dark:border-slate-500 dark:hover:bg-slate-800 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950";

/** "Compare two": any two positions side by side, in place of the chosen columns, and on demand their quotes too. */
export function CompareControl() {
  return <Compare view={useMatrixView("controls")} />;
}

const Compare = memo(function Compare({ view }: { view: View }) {
  const { data, setView } = useMatrix();
  const pair = view.compare;
  const start = () =>
    setView((v) => {
      const pool = [...v.positions, ...data.positions.map((p) => p.slug).filter((s) => !v.positions.includes(s))];
      return pool.length >= 2 ? { ...v, compare: [pool[0]!, pool[1]!] } : v;
    });
  const choose = (side: 0 | 1, slug: string) =>
    setView((v) => {
      if (!v.compare) return v;
      const other = v.compare[1 - side]!;
      // Choosing the other side's position swaps the two.
      const next: [string, string] = side === 0 ? [slug, slug === other ? v.compare[0] : other] : [slug === other ? v.compare[1] : other, slug];
      return { ...v, compare: next };
    });
  const selectFor = (side: 0 | 1, label: string) => (
    <label className="flex items-center gap-1.5 text-sm">
      {label}
      <select className={SELECT} value={pair?.[side]} onChange={(e) => choose(side, e.target.value)}>
        {data.positions.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div role="group" aria-label="Compare two positions" className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={pair !== null}
        onClick={() => (pair ? setView((v) => ({ ...v, compare: null, quotes: false })) : start())}
        className={TOGGLE}
      >
        Compare two
      </button>
      {pair && (
        <>
          {selectFor(0, "First")}
          <button
            type="button"
            aria-label="Swap the two positions"
            onClick={() => setView((v) => (v.compare ? { ...v, compare: [v.compare[1], v.compare[0]] } : v))}
            className="cursor-pointer rounded border border-slate-400 px-2 py-1.5 text-sm dark:border-slate-500"
          >
            <span aria-hidden="true">⇄</span>
          </button>
          {selectFor(1, "Second")}
          <button type="button" aria-pressed={view.quotes} onClick={() => setView((v) => ({ ...v, quotes: !v.quotes }))} className={TOGGLE}>
            Quotes side by side
          </button>
        </>
      )}
    </div>
  );
}, sameViewParts("compare", "quotes"));
