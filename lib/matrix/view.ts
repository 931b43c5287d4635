/**
 * The matrix view as a URL: which positions show and in what order, the filters, the search,
 * the sort, the collapsed groups, the pair being compared and the cell whose evidence is open.
 *
 * `parseView` never throws: unknown or malformed values are ignored and their defaults used.
 * `serializeView` leaves defaults out, so the plain matrix is "/" and every other view is
 * the shortest address that restores it.
 */
import type { MatrixData } from "./data";
import { STANCES, type Stance } from "../data/vocab";

/**
 * Every sort a view can have, in the order the "Sort by" select lists them. A sort key's first
 * entry is its starting direction: what the address means when it names no `dir`, and what a
 * column heading sorts by when first pressed.
 */
export const SORTS = [
  { value: "category", sort: "category", desc: false, label: "Category", phrase: "category" },
  { value: "title", sort: "title", desc: false, label: "Title, A to Z", phrase: "title, ascending" },
  { value: "title-desc", sort: "title", desc: true, label: "Title, Z to A", phrase: "title, descending" },
  { value: "divergence", sort: "divergence", desc: true, label: "Most divergent first", phrase: "divergence, most divergent first" },
  { value: "divergence-asc", sort: "divergence", desc: false, label: "Least divergent first", phrase: "divergence, least divergent first" },
] as const;
export type Sort = (typeof SORTS)[number];
export type SortKey = Sort["sort"];

const DEFAULT_SORT = SORTS[0];
const SORT_KEYS = [...new Set(SORTS.map((s) => s.sort))];
const sortsOf = (key: SortKey): Sort[] => SORTS.filter((s) => s.sort === key);
/** The direction each sort starts in. */
const defaultDesc = (key: SortKey): boolean => sortsOf(key)[0]!.desc;

/** The SORTS entry of a view's sort and direction. */
export function sortOf(view: Pick<View, "sort" | "desc">): Sort {
  return SORTS.find((s) => s.sort === view.sort && s.desc === view.desc) ?? DEFAULT_SORT;
}

/** A column heading pressed: its sort in its starting direction, then the other way, then back to categories. */
export function nextHeadingSort(view: Pick<View, "sort" | "desc">, key: Exclude<SortKey, "category">): Pick<View, "sort" | "desc"> {
  const [first, second] = sortsOf(key);
  const next = view.sort !== key ? first : view.desc === first!.desc && second ? second : DEFAULT_SORT;
  return { sort: next!.sort, desc: next!.desc };
}

export const SHOW_MODES = ["all", "agree", "diverge"] as const;
export type ShowMode = (typeof SHOW_MODES)[number];

export type CellRef = { issue: string; position: string };

export type View = {
  /** The positions shown, in column order; never empty. */
  positions: string[];
  /** Categories to show; empty shows every category. */
  categories: string[];
  /** Show issues where a shown position takes one of these stances; empty shows any. */
  stances: Stance[];
  show: ShowMode;
  q: string;
  sort: SortKey;
  desc: boolean;
  /** Category groups folded shut. */
  collapsed: string[];
  /** Two positions side by side, in place of `positions`; null when not comparing. */
  compare: [string, string] | null;
  /** The cell whose evidence is open. */
  cell: CellRef | null;
};

/** What a view may name: the dataset's position, category and issue slugs, in its order. */
export type ViewContext = { positions: readonly string[]; categories: readonly string[]; issues: readonly string[] };

export const MAX_QUERY_LENGTH = 200;

/** Every parameter a view's address may hold (the proxy renders a shared view's preview when one is present). */
export const VIEW_PARAMS = ["cols", "compare", "cat", "stance", "show", "q", "sort", "dir", "fold", "cell"] as const;

export function defaultView(ctx: ViewContext): View {
  return {
    positions: [...ctx.positions],
    categories: [],
    stances: [],
    show: "all",
    q: "",
    sort: DEFAULT_SORT.sort,
    desc: DEFAULT_SORT.desc,
    collapsed: [],
    compare: null,
    cell: null,
  };
}

const list = (value: string | null): string[] => [...new Set((value ?? "").split(",").map((s) => s.trim()).filter(Boolean))];
/** Known values only, in the order `known` gives them. */
const inOrder = <T extends string>(values: string[], known: readonly T[]): T[] => known.filter((k) => values.includes(k));
const oneOf = <T extends string>(value: string | null, known: readonly T[]): T | undefined =>
  known.find((k) => k === value);

export function parseView(search: string | URLSearchParams, ctx: ViewContext): View {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const view = defaultView(ctx);

  const cols = list(params.get("cols")).filter((slug) => ctx.positions.includes(slug));
  if (cols.length > 0) view.positions = cols;
  view.categories = inOrder(list(params.get("cat")), ctx.categories);
  view.stances = inOrder(list(params.get("stance")), STANCES);
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

  const [issue, position, ...rest] = (params.get("cell") ?? "").split(".");
  if (issue && position && rest.length === 0 && ctx.issues.includes(issue) && ctx.positions.includes(position)) {
    view.cell = { issue, position };
  }
  return view;
}

/** Commas and spaces kept readable; everything else escaped as usual. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%20/g, "+");
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The query string for a view (without "?"), defaults left out, keys in a fixed order. */
export function serializeView(view: View, ctx: ViewContext): string {
  const parts: [string, string][] = [];
  if (!same(view.positions, ctx.positions)) parts.push(["cols", view.positions.join(",")]);
  if (view.compare) parts.push(["compare", view.compare.join(",")]);
  // Sets are written in the dataset's order, so one view has one address.
  if (view.categories.length) parts.push(["cat", inOrder(view.categories, ctx.categories).join(",")]);
  if (view.stances.length) parts.push(["stance", inOrder(view.stances, STANCES).join(",")]);
  if (view.show !== "all") parts.push(["show", view.show]);
  if (view.q.trim()) parts.push(["q", view.q]);
  if (view.sort !== DEFAULT_SORT.sort) parts.push(["sort", view.sort]);
  if (view.desc !== defaultDesc(view.sort)) parts.push(["dir", view.desc ? "desc" : "asc"]);
  if (view.collapsed.length) parts.push(["fold", inOrder(view.collapsed, ctx.categories).join(",")]);
  if (view.cell) parts.push(["cell", `${view.cell.issue}.${view.cell.position}`]);
  return parts.map(([k, v]) => `${k}=${encode(v)}`).join("&");
}

/** The positions the matrix shows, in order: the compared pair, or the chosen columns. */
export function shownPositions(view: View): string[] {
  return view.compare ? [...view.compare] : view.positions;
}

/**
 * Whether moving from one view to the next deserves its own history entry. Typing on in the
 * search box and opening or closing evidence replace the current entry, so Back steps over
 * whole searches and whole filter changes rather than keystrokes.
 */
export function historyMode(prev: View, next: View): "push" | "replace" {
  const changed = (Object.keys(next) as (keyof View)[]).filter(
    (k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]),
  );
  if (changed.length === 0) return "replace";
  if (changed.every((k) => k === "cell")) return "replace";
  if (changed.every((k) => k === "q" || k === "cell") && prev.q.trim() !== "" && next.q.trim() !== "") return "replace";
  return "push";
}

export function viewContext(data: MatrixData): ViewContext {
  return {
    positions: data.positions.map((p) => p.slug),
    categories: data.categories.map((c) => c.slug),
    issues: data.issues.map((i) => i.slug),
  };
}
