/**
 * The matrix's one face on its view. `useMatrix()` gives any part of the matrix the data, the
 * view context, `setView` and the cell and group actions, all stable for the page's life.
 * `useMatrixView()` gives the view the address holds, whole or without the open cell, parsed
 * once per change of the address and the same object until it changes: a component re-renders
 * only when the part it reads does.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { MatrixData } from "@/lib/matrix/data";
import { historyMode, serializeView, viewContext, type View, type ViewContext } from "@/lib/matrix/view";
import { viewReader, type ViewReader } from "@/lib/matrix/view-reader";
import { currentQuery, subscribeToAddress, writeQuery } from "./address-store";

export type SetView = (update: (view: View) => View) => void;

export type Matrix = {
  data: MatrixData;
  ctx: ViewContext;
  reader: ViewReader;
  setView: SetView;
  openCell: (issue: string, position: string) => void;
  toggleGroup: (category: string) => void;
};

const MatrixContext = createContext<Matrix | null>(null);
export const MatrixProvider = MatrixContext.Provider;

/** What the matrix's root provides to everything inside it: made once per dataset. */
export function useMatrixRoot(data: MatrixData): Matrix {
  return useMemo(() => {
    const ctx = viewContext(data);
    const reader = viewReader(ctx);
    const setView: SetView = (update) => {
      const prev = reader.read(currentQuery());
      const next = update(prev);
      const query = serializeView(next, ctx);
      if (query !== reader.query(prev)) writeQuery(query, historyMode(prev, next));
    };
    return {
      data,
      ctx,
      reader,
      setView,
      openCell: (issue, position) => setView((v) => ({ ...v, cell: { issue, position } })),
      toggleGroup: (category) =>
        setView((v) => ({
          ...v,
          collapsed: v.collapsed.includes(category) ? v.collapsed.filter((c) => c !== category) : [...v.collapsed, category],
        })),
    };
  }, [data]);
}

export function useMatrix(): Matrix {
  const matrix = useContext(MatrixContext);
  if (!matrix) throw new Error("useMatrix is used outside <Matrix>");
  return matrix;
}

/**
 * The view in the address: `"whole"`, or `"controls"` without the open cell. The server (and
 * the first render after hydration) sees the default view: the page is prerendered.
 */
export function useMatrixView(part: "whole" | "controls" = "whole"): View {
  const { reader } = useMatrix();
  const pick = (view: View) => (part === "whole" ? view : reader.withoutCell(view));
  return useSyncExternalStore(
    subscribeToAddress,
    () => pick(reader.read(currentQuery())),
    () => pick(reader.read("")),
  );
}

/**
 * For `memo`: a control given the whole view re-renders only when the parts it shows change
 * (compared by value: each change of the address parses a new view). React rewrites the name and
 * type of every input it re-renders, which restyles what depends on them, on each keystroke.
 */
export const sameViewParts =
  (...parts: (keyof View)[]) =>
  ({ view: a }: { view: View }, { view: b }: { view: View }) =>
    parts.every((part) => String(a[part]) === String(b[part]));
