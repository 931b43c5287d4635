/**
 * While the search box has the focus, the overview above it and the results below it keep at
 * least the heights they had, so the box stays where the reader is typing. The search filters
 * both: each issue it left out of the overview moved the box (and the table) up, and a shorter
 * table made a scrolled page shorter, which pulled the box down; on a phone it could leave the
 * screen. Neither may anchor the page's scrolling meanwhile: the browser kept an issue of the
 * overview in place as the search moved it, scrolling the page and the box with it.
 *
 * The space is given back when the box loses the focus; if a press elsewhere took the focus,
 * only once that press is over, so that what it pressed does not move from under the pointer.
 */
const HELD = [".matrix-view .overview", "#matrix-results"];

let pressed = false;
const press = () => (pressed = true);

function set(hold: boolean) {
  for (const selector of HELD) {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) continue;
    el.style.minHeight = hold ? `${el.offsetHeight}px` : "";
    el.style.overflowAnchor = hold ? "none" : "";
  }
}

export function holdPlace(hold: boolean) {
  if (hold) {
    set(true);
    pressed = false;
    window.addEventListener("pointerdown", press, true);
    return;
  }
  window.removeEventListener("pointerdown", press, true);
  if (!pressed) return set(false);
  // The press's click follows its pointerup in the same task: give the space back after both.
  window.addEventListener("pointerup", () => setTimeout(() => set(false)), { capture: true, once: true });
}
