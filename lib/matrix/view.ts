/**
 * The matrix view as a URL: which positions show and in what order, the filters, the search,
 * the sort, the collapsed groups, the pair being compared and the cell whose evidence is open.
 *
 * `parseView` never throws: unknown or malformed values are ignored and their defaults used.
 * `serializeView` leaves defaults out, so the plain matrix is "/" and every other view is
 * the shortest address that restores it.
 */
import type { MatrixData } from "./data";
import { STANCES, STRENGTHS, type Stance, type Strength } from "../data/vocab";
import { DEFAULT_SORT, defaultDesc, SORT_KEYS, sortsOf, type SortKey } from "./sorts";

export const SHOW_MODES = ["all", "agree", "diverge"] as const;
export type ShowMode = (typeof SHOW_MODES)[number];

/** The strengths a view can filter by: every stated one ("not stated" is the stance "not addressed"). */
export const STRENGTH_FILTERS = STRENGTHS.filter((s): s is Exclude<Strength, "not-stated"> => s !== "not-stated");
export type StrengthFilter = (typeof STRENGTH_FILTERS)[number];

export type CellRef = { issue: string; position: string };

export type View = {
  /** The positions shown, in column order; never empty. */
  positions: string[];
  /** Categories to show; empty shows every category. */
  categories: string[];
  /** Show issues where a shown position takes one of these stances; empty shows any. */
  stances: Stance[];
  /** Show issues where a shown position's evidence has one of these strengths (the same cell as the stance); empty shows any. */
  strengths: StrengthFilter[];
  show: ShowMode;
  q: string;
  sort: SortKey;
  desc: boolean;
  /** Category groups folded shut. */
  collapsed: string[];
  /** Two positions side by side, in place of `positions`; null when not comparing. */
  compare: [string, string] | null;
  /** While comparing: each issue's quotes of the two positions side by side, under its row. */
  quotes: boolean;
  /** The cell whose evidence is open. */
  cell: CellRef | null;
};

/**
 * What a view may name: the dataset's position, category and issue slugs, in its order, and the
 * positions a first-time reader sees (`defaults`, in the same order).
 */
export type ViewContext = {
  positions: readonly string[];
  defaults: readonly string[];
  categories: readonly string[];
  issues: readonly string[];
};

export const MAX_QUERY_LENGTH = 200;

/** Every parameter a view's address may hold (the proxy renders a shared view's preview when one is present). */
export const VIEW_PARAMS = ["cols", "compare", "quotes", "cat", "stance", "strength", "show", "q", "sort", "dir", "fold", "cell"] as const;

/** The view of "/": the default columns, every issue, by category. */
export function defaultView(ctx: ViewContext): View {
  return {
    positions: [...ctx.defaults],
    categories: [],
    stances: [],
    strengths: [],
    show: "all",
    q: "",
    sort: DEFAULT_SORT.sort,
    desc: DEFAULT_SORT.desc,
    collapsed: [],
    compare: null,
    quotes: false,
    cell: null,
  };
}

const list = (value: string | null): string[] => [...new Set((value ?? "").split(",").map((s) => s.trim()).filter(Boolean))];
/** Known values only, in the order `known` gives them. */
const inOrder = <T extends string>(values: string[], known: readonly T[]): T[] => known.filter((k) => values.includes(k));
const oneOf = <T extends string>(value: string | null, known: readonly T[]): T | undefined =>
  known.find((k) => k === value);

/**
 * The view an address stands for. Without `cols`, an address shows the default columns, unless
 * it holds any other setting: such an address was made before the default columns existed (every
 * address the matrix writes now names its columns whenever it holds a setting), when every
 * column was shown, so it shows every column, as it did then.
 */
export function parseView(search: string | URLSearchParams, ctx: ViewContext): View {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const view = defaultView(ctx);

  view.categories = inOrder(list(params.get("cat")), ctx.categories);
  view.stances = inOrder(list(params.get("stance")), STANCES);
  view.strengths = inOrder(list(params.get("strength")), STRENGTH_FILTERS);
  view.show = oneOf(params.get("show"), SHOW_MODES) ?? "all";
  view.q = (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  // A direction the sort does not have (categories have one) is ignored like any other junk.
  const key = oneOf(params.get("sort"), SORT_KEYS) ?? DEFAULT_SORT.sort;
  const dir = params.get("dir");
  const named = dir === "desc" || dir === "asc" ? sortsOf(key).find((s) => s.desc === (dir === "desc")) : undefined;
  const sort = named ?? sortsOf(key)[0]!;
  view.sort = sort.sort;
  view.desc = sort.desc;
  view.collapsed = inOrder(list(params.get("fold")), ctx.categories);

  const [a, b, ...more] = (params.get("compare") ?? "").split(",");
  if (a && b && a !== b && more.length === 0 && ctx.positions.includes(a) && ctx.positions.includes(b)) view.compare = [a, b];
  view.quotes = view.compare !== null && params.get("quotes") === "1";

  const [issue, position, ...rest] = (params.get("cell") ?? "").split(".");
  if (issue && position && rest.length === 0 && ctx.issues.includes(issue) && ctx.positions.includes(position)) {
    view.cell = { issue, position };
  }

  const cols = list(params.get("cols")).filter((slug) => ctx.positions.includes(slug));
  if (cols.length > 0) view.positions = cols;
  else if (settings(view, ctx).length > 0) view.positions = [...ctx.positions];
  return view;
}

/** Commas and spaces kept readable; everything else escaped as usual. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%20/g, "+");
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Every setting of a view but its columns, defaults left out, keys in a fixed order. */
function settings(view: View, ctx: ViewContext): [string, string][] {
  const parts: [string, string][] = [];
  if (view.compare) parts.push(["compare", view.compare.join(",")]);
  if (view.compare && view.quotes) parts.push(["quotes", "1"]);
  // Sets are written in the dataset's order, so one view has one address.
  if (view.categories.length) parts.push(["cat", inOrder(view.categories, ctx.categories).join(",")]);
  if (view.stances.length) parts.push(["stance", inOrder(view.stances, STANCES).join(",")]);
  if (view.strengths.length) parts.push(["strength", inOrder(view.strengths, STRENGTH_FILTERS).join(",")]);
  if (view.show !== "all") parts.push(["show", view.show]);
  if (view.q.trim()) parts.push(["q", view.q]);
  if (view.sort !== DEFAULT_SORT.sort) parts.push(["sort", view.sort]);
  if (view.desc !== defaultDesc(view.sort)) parts.push(["dir", view.desc ? "desc" : "asc"]);
  if (view.collapsed.length) parts.push(["fold", inOrder(view.collapsed, ctx.categories).join(",")]);
  if (view.cell) parts.push(["cell", `${view.cell.issue}.${view.cell.position}`]);
  return parts;
}

/**
 * The query string for a view (without "?"), defaults left out, keys in a fixed order. The
 * columns are named whenever anything else is written, so that an address means the same
 * whatever the default columns are (see parseView).
 */
export function serializeView(view: View, ctx: ViewContext): string {
  const rest = settings(view, ctx);
  const cols: [string, string][] = rest.length > 0 || !same(view.positions, ctx.defaults) ? [["cols", view.positions.join(",")]] : [];
  return [...cols, ...rest].map(([k, v]) => `${k}=${encode(v)}`).join("&");
}

/** The positions the matrix shows, in order: the compared pair, or the chosen columns. */
export function shownPositions(view: View): string[] {
  return view.compare ? [...view.compare] : view.positions;
}

/**
 * How moving from one view to the next is written into the history. A filter, sort or column
 * change is its own entry ("push"). Typing on in the search box replaces the current entry, so
 * Back steps over whole searches rather than keystrokes. Opening evidence is an entry of its own
 * ("open"), so that Back, a phone's Back gesture included, closes it and keeps the view; stepping
 * to another cell replaces it, and closing it ("close") goes back to the entry it was opened
 * from, or replaces the entry where the page did not open it (an address with an open cell).
 */
export type HistoryMode = "push" | "replace" | "open" | "close";

export function historyMode(prev: View, next: View): HistoryMode {
  const changed = (Object.keys(next) as (keyof View)[]).filter(
    (k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]),
  );
  if (changed.length === 0) return "replace";
  if (changed.every((k) => k === "cell")) return !prev.cell ? "open" : !next.cell ? "close" : "replace";
  if (changed.every((k) => k === "q" || k === "cell") && prev.q.trim() !== "" && next.q.trim() !== "") return "replace";
  return "push";
}

export function viewContext(data: MatrixData): ViewContext {
  const marked = data.positions.filter((p) => p.default);
  return {
    positions: data.positions.map((p) => p.slug),
    // When no position is marked as a default, every one is.
    defaults: (marked.length > 0 ? marked : data.positions).map((p) => p.slug),
    categories: data.categories.map((c) => c.slug),
    issues: data.issues.map((i) => i.slug),
  };
}
