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

export const SORT_KEYS = ["category", "title", "divergence"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The direction each sort starts in: the most divergent issues first. */
export const DEFAULT_DESC: Record<SortKey, boolean> = { category: false, title: false, divergence: true };

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
    sort: "category",
    desc: false,
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
  view.sort = oneOf(params.get("sort"), SORT_KEYS) ?? "category";
  const dir = params.get("dir");
  view.desc = dir === "desc" ? true : dir === "asc" ? false : DEFAULT_DESC[view.sort];
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
  if (view.sort !== "category") parts.push(["sort", view.sort]);
  if (view.desc !== DEFAULT_DESC[view.sort]) parts.push(["dir", view.desc ? "desc" : "asc"]);
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
