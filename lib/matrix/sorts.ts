/**
 * Every sort a view can have, in the order the "Sort by" select lists them: the one list that the
 * select, the column headings, the address and the view's description all read. A sort key's first
 * entry is its starting direction: what the address means when it names no `dir`, and what a
 * column heading sorts by when first pressed.
 */
export const SORTS = [
  { value: "category", sort: "category", desc: false, label: "Category", phrase: "category" },
  { value: "title", sort: "title", desc: false, label: "Title, A to Z", phrase: "title, ascending" },
  { value: "title-desc", sort: "title", desc: true, label: "Title, Z to A", phrase: "title, descending" },
  { value: "divergence", sort: "divergence", desc: true, label: "Most divergent first", phrase: "divergence, most divergent first" },
  { value: "divergence-asc", sort: "divergence", desc: false, label: "Least divergent first", phrase: "divergence, least divergent first" },
  { value: "strength", sort: "strength", desc: true, label: "Strongest evidence first", phrase: "evidence, strongest first" },
  { value: "strength-asc", sort: "strength", desc: false, label: "Weakest evidence first", phrase: "evidence, weakest first" },
] as const;
export type Sort = (typeof SORTS)[number];
export type SortKey = Sort["sort"];
/** A view's sort and its direction, as the address holds them. */
export type SortState = { sort: SortKey; desc: boolean };

export const DEFAULT_SORT = SORTS[0];
export const SORT_KEYS = [...new Set(SORTS.map((s) => s.sort))];
export const sortsOf = (key: SortKey): Sort[] => SORTS.filter((s) => s.sort === key);
/** The direction each sort starts in. */
export const defaultDesc = (key: SortKey): boolean => sortsOf(key)[0]!.desc;

/** The SORTS entry of a view's sort and direction. */
export function sortOf(view: SortState): Sort {
  return SORTS.find((s) => s.sort === view.sort && s.desc === view.desc) ?? DEFAULT_SORT;
}

/** A column heading pressed: its sort in its starting direction, then the other way, then back to categories. */
export function nextHeadingSort(view: SortState, key: Exclude<SortKey, "category">): SortState {
  const [first, second] = sortsOf(key);
  const next = view.sort !== key ? first : view.desc === first!.desc && second ? second : DEFAULT_SORT;
  return { sort: next!.sort, desc: next!.desc };
}
