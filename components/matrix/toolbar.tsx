"use client";
import { memo, useState } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { defaultView, MAX_QUERY_LENGTH, serializeView, viewContext, type View } from "@/lib/matrix/view";
import { CompareControl } from "./compare-control";
import { Filters } from "./filters";
import { PositionsPicker } from "./positions-picker";
import type { SetView } from "./use-url-view";

type Props = { data: MatrixData; view: View; setView: SetView; actions?: React.ReactNode };

const SORTS = [
  { value: "category", label: "Category", sort: "category", desc: false },
  { value: "title", label: "Title, A to Z", sort: "title", desc: false },
  { value: "title-desc", label: "Title, Z to A", sort: "title", desc: true },
  { value: "divergence", label: "Most divergent first", sort: "divergence", desc: true },
  { value: "divergence-asc", label: "Least divergent first", sort: "divergence", desc: false },
] as const;

const BUTTON =
  "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 aria-disabled:cursor-default aria-disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800";

/**
 * Everything that changes the view. `actions` is the place for view-wide actions such as
 * "Download CSV" (see exportView in lib/matrix/apply-view.ts).
 */
export const Toolbar = memo(function Toolbar({ data, view, setView, actions }: Props) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const sortValue = SORTS.find((s) => s.sort === view.sort && s.desc === view.desc)?.value ?? "category";
  const ctx = viewContext(data);
  const isDefault = serializeView({ ...view, cell: null }, ctx) === "";
  const active = view.categories.length + view.stances.length + (view.show === "all" ? 0 : 1);
  return (
    <section aria-label="Matrix controls" className="no-print mb-3 space-y-3">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
        <label className="flex min-w-56 flex-1 flex-col text-sm font-medium">
          Search issues, summaries and quotes
          <input
            type="search"
            value={view.q}
            onChange={(e) => setView((v) => ({ ...v, q: e.target.value.slice(0, MAX_QUERY_LENGTH) }))}
            placeholder="e.g. Crimea, Donbas, frozen assets"
            className="mt-1 rounded border border-slate-400 bg-white px-3 py-1.5 font-normal dark:border-slate-500 dark:bg-slate-900"
          />
        </label>
        <label className="flex flex-col text-sm font-medium">
          Sort by
          <select
            value={sortValue}
            onChange={(e) => {
              const s = SORTS.find((x) => x.value === e.target.value);
              if (s) setView((v) => ({ ...v, sort: s.sort, desc: s.desc }));
            }}
            className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 font-normal dark:border-slate-500 dark:bg-slate-900"
          >
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {!view.compare && <PositionsPicker data={data} view={view} setView={setView} />}
        <CompareControl data={data} view={view} setView={setView} />
        {actions}
        <button
          type="button"
          className={BUTTON}
          aria-disabled={isDefault}
          onClick={() => !isDefault && setView(() => defaultView(ctx))}
        >
          Reset view
        </button>
        <button
          type="button"
          className={`${BUTTON} md:hidden`}
          aria-expanded={filtersOpen}
          aria-controls="matrix-filters"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          Filters{active > 0 ? ` (${active})` : ""}
        </button>
      </div>
      <div id="matrix-filters" className={filtersOpen ? "" : "max-md:hidden"}>
        <Filters data={data} view={view} setView={setView} />
      </div>
    </section>
  );
});
