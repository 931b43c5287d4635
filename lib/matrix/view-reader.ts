/**
 * A dataset's views read from and written to addresses with a memory of the last few, so that
 * the matrix parses each change of the address once, and each view is written once.
 */
import { parseView, serializeView, type View, type ViewContext } from "./view";

export type ViewReader = {
  /** The view an address's query string stands for: parsed once, then remembered. */
  read(query: string): View;
  /** The shortest query string for a view (see serializeView), written once per view object. */
  query(view: View): string;
  /** The query string of a view without its open cell: what links to issue pages carry. */
  queryWithoutCell(view: View): string;
  /**
   * The view without its open cell, the same object for as long as nothing but the cell
   * changes: what the controls and the table follow, so opening evidence re-renders neither.
   */
  withoutCell(view: View): View;
};

/** How many views a reader keeps: enough for the address, the default view and a few before them. */
const REMEMBERED = 8;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value!);
  return value;
}

export function viewReader(ctx: ViewContext): ViewReader {
  const parsed = new Map<string, View>();
  const bare = new Map<string, View>();
  const queries = new WeakMap<View, string>();
  const bareQueries = new WeakMap<View, string>();
  const reader: ViewReader = {
    read: (query) => parsed.get(query) ?? remember(parsed, query, parseView(query, ctx)),
    query(view) {
      let q = queries.get(view);
      if (q === undefined) queries.set(view, (q = serializeView(view, ctx)));
      return q;
    },
    queryWithoutCell(view) {
      if (!view.cell) return reader.query(view);
      let q = bareQueries.get(view);
      if (q === undefined) bareQueries.set(view, (q = serializeView({ ...view, cell: null }, ctx)));
      return q;
    },
    withoutCell(view) {
      const key = reader.queryWithoutCell(view);
      return bare.get(key) ?? remember(bare, key, view.cell ? { ...view, cell: null } : view);
    },
  };
  return reader;
}
