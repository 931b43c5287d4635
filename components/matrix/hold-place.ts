/**
 * While the search box has the focus, the overview above it and the results below it keep at
 * least the heights they had, so the box stays where the reader is typing. The search filters
 * both: each issue it left out of the overview moved the box (and the table) up, and a shorter
 * table made a scrolled page shorter, which pulled the box down; on a phone it could leave the
 * screen. It also spares the browser laying out and painting the table again at a new place on
 * each keystroke. Neither may anchor the page's scrolling meanwhile: the browser kept an issue of
 * the overview in place as the search moved it, scrolling the page and the box with it. The space
 * is given back when the box loses the focus.
 */
const HELD = [".matrix-view .overview", "#matrix-results"];

export function holdPlace(hold: boolean) {
  for (const selector of HELD) {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) continue;
    el.style.minHeight = hold ? `${el.offsetHeight}px` : "";
    el.style.overflowAnchor = hold ? "none" : "";
  }
}
