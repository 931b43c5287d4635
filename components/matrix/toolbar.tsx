import { lazy, memo, Suspense, useLayoutEffect, useMemo, useRef, useState } from "react";
import { sortOf, SORTS } from "@/lib/matrix/sorts";
import { defaultView, MAX_QUERY_LENGTH, type View } from "@/lib/matrix/view";
import { CompareControl } from "./compare-control";
import { Filters } from "./filters";
import { PositionsPicker } from "./positions-picker";
import { sameViewParts, useMatrix, useMatrixView } from "./use-matrix";
import { useMediaQuery } from "./use-media-query";
import { holdPlace } from "./hold-place";

// A phone's filter sheet loads when first opened: the filters themselves are on the page.
const FilterSheet = lazy(() => import("./filter-sheet"));

const BUTTON =
  "cursor-pointer rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 aria-disabled:cursor-default aria-disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800";

/**
 * Everything that changes the view. `actions` is the place for view-wide actions such as
 * "Download CSV" (see exportView in lib/export/view.ts). The filters sit below the
 * controls; on a phone they open in a sheet over the results instead (FilterSheet).
 */
export const Toolbar = memo(function Toolbar({ actions }: { actions?: React.ReactNode }) {
  const { reader } = useMatrix();
  const view = useMatrixView("controls");
  return <Controls view={view} isDefault={reader.query(view) === ""} actions={actions} />;
});

type ControlsProps = { view: View; isDefault: boolean; actions?: React.ReactNode };

/** The controls but the search box's text: a keystroke re-renders the box alone (SearchBox). */
const Controls = memo(
  function Controls({ view, isDefault, actions }: ControlsProps) {
    const { ctx, setView } = useMatrix();
    const [filtersOpen, setFiltersOpen] = useState(false);
    const [sheetWanted, setSheetWanted] = useState(false);
    // Below 768 px, where the matrix is cards; the server renders the filters in place (hidden there by CSS).
    const phone = useMediaQuery("(width < 48rem)");
    const active = view.categories.length + view.stances.length + view.strengths.length + (view.show === "all" ? 0 : 1);
    return (
      <section aria-label="Matrix controls" className="no-print mb-3 space-y-3">
        <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
          <label className="flex min-w-56 flex-1 flex-col text-sm font-medium">
            Search issues, summaries and quotes
            <SearchBox />
          </label>
          <label className="flex flex-col text-sm font-medium">
            Sort by
            <select
              value={sortOf(view).value}
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
          {!view.compare && <PositionsPicker />}
          <CompareControl />
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
            aria-haspopup="dialog"
            aria-expanded={phone && filtersOpen}
            // The sheet is there to control once it has been opened (and loaded).
            aria-controls={phone && !sheetWanted ? undefined : "matrix-filters"}
            onClick={() => {
              setSheetWanted(true);
              setFiltersOpen(true);
            }}
          >
            Filters{active > 0 ? ` (${active})` : ""}
          </button>
        </div>
        {phone ? (
          sheetWanted && (
            <Suspense fallback={null}>
              <FilterSheet open={filtersOpen} onClose={() => setFiltersOpen(false)} />
            </Suspense>
          )
        ) : (
          <div id="matrix-filters" className="max-md:hidden">
            <Filters />
          </div>
        )}
      </section>
    );
  },
  (a, b) => a.isDefault === b.isDefault && a.actions === b.actions && sameViewParts("sort", "desc", "compare", "categories", "stances", "strengths", "show")(a, b),
);

/**
 * Uncontrolled: the box holds what is typed, and the view's query is written into it only when it
 * differs (the address's search once the page has loaded, Reset view, Back, a query cut at its
 * longest). React re-renders a controlled input on every keystroke and sets its `type` and `name`
 * again each time, which cost a tenth of a keystroke's script at 4× CPU slowdown; the element here
 * is made once.
 */
function SearchBox() {
  const { setView } = useMatrix();
  const { q } = useMatrixView("controls");
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (box.current && box.current.value !== q) box.current.value = q;
  }, [q]);
  return useMemo(
    () => (
      <input
        ref={box}
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        onChange={(e) => setView((v) => ({ ...v, q: e.target.value.slice(0, MAX_QUERY_LENGTH) }))}
        onFocus={() => holdPlace(true)}
        onBlur={() => holdPlace(false)}
        placeholder="e.g. Crimea, Donbas, frozen assets"
        className="mt-1 rounded border border-slate-400 bg-white px-3 py-1.5 font-normal dark:border-slate-500 dark:bg-slate-900"
      />
    ),
    // Made once (setView is stable): the layout effect above writes its text.
    [setView],
  );
}
