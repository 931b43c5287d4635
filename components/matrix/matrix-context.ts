"use client";
import { createContext, useContext } from "react";

/** What a cell or a group header can ask of the matrix: stable across renders. */
export type MatrixActions = {
  openCell: (issue: string, position: string) => void;
  toggleGroup: (category: string) => void;
};

export const MatrixActionsContext = createContext<MatrixActions | null>(null);

export function useMatrixActions(): MatrixActions {
  const actions = useContext(MatrixActionsContext);
  if (!actions) throw new Error("useMatrixActions is used outside <Matrix>");
  return actions;
}

/**
 * The view's query string (without the open evidence), carried by links to issue pages.
 * A context, so that a filter change re-renders the links and not every row around them.
 */
export const ViewQueryContext = createContext("");
