/**
 * A shared view's link preview: a title and a description that say what the view shows, so that
 * `/?cols=russia,ukraine&show=diverge` unfurls as "Russia vs Ukraine: 3 issues where they diverge".
 */
import { listNames, plural } from "../format";
import { applyView } from "./apply-view";
import type { MatrixData } from "./data";
import { describeView } from "./describe";
import { searches } from "./search";
import { defaultView, serializeView, shownPositions, viewContext, type View, type ViewContext } from "./view";
import type { AgreementCounts } from "../data/compare";

export type ViewPreview = { title: string; description: string; query: string };

/** Null for the plain matrix (its own metadata serves); otherwise the view's title and description. */
export function viewPreview(data: MatrixData, view: View): ViewPreview | null {
  const ctx = viewContext(data);
  // The open cell only scrolls the view: the preview is the view's.
  const query = serializeView({ ...view, cell: null }, ctx);
  if (!query) return null;
  const title = previewTitle(data, view, applyView(data, view).visibleRows.length);

  // Across every issue, whatever the filters: a preview quoted alone must not mislead.
  const { names, some } = shownNames(data, view);
  const counts = countsAcross(data, view, ctx);
  const total =
    names.length < 2
      ? []
      : [`Across all ${plural(data.issues.length, "issue")}, ${some ? listNames(names) : "the positions"} agree on ${counts.agree} and diverge on ${counts.diverge}; ${counts.few} ${counts.few === 1 ? "has" : "have"} too few stances to compare.`];
  return { title, description: [...describeView(view, data), ...total].join(". "), query };
}

/**
 * The preview's title for a view that shows `count` issues: the page, which has just counted
 * them, names its tab with it on each keystroke without running the table a second time.
 */
export function previewTitle(data: MatrixData, view: View, count: number): string {
  const { names, some } = shownNames(data, view);
  const who = !some ? null : names.length === 2 ? names.join(" vs ") : listNames(names);
  const categories = view.categories.flatMap((slug) => data.categories.filter((c) => c.slug === slug).map((c) => c.title));
  const what = [
    plural(count, "issue"),
    categories.length ? `in ${listNames(categories)}` : "",
    view.show === "all" ? "" : `where ${who && names.length > 1 ? "they" : "the positions"} ${view.show}`,
    searches(view.q) ? `matching “${view.q.trim()}”` : "",
  ].filter(Boolean);
  return who ? `${who}: ${what.join(" ")}` : capitalise(what.join(" "));
}

/** The shown positions' short names, and whether they are a choice (some, or a comparison) rather than all. */
function shownNames(data: MatrixData, view: View): { names: string[]; some: boolean } {
  const shown = shownPositions(view);
  const names = shown.flatMap((slug) => data.positions.filter((p) => p.slug === slug).map((p) => p.shortLabel));
  return { names, some: view.compare !== null || shown.length < data.positions.length };
}

// The last columns' counts across every issue, per dataset: a shared view that changes only its
// filters or search (most do) costs one run of the table, not two.
const across = new WeakMap<MatrixData, { key: string; counts: AgreementCounts }>();

function countsAcross(data: MatrixData, view: View, ctx: ViewContext): AgreementCounts {
  const key = `${view.positions.join()}|${view.compare?.join() ?? ""}`;
  const kept = across.get(data);
  if (kept?.key === key) return kept.counts;
  const { counts } = applyView(data, { ...defaultView(ctx), positions: view.positions, compare: view.compare });
  across.set(data, { key, counts });
  return counts;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
