/**
 * Arrow-key movement between the matrix's interactive elements (issue links, cells, group
 * toggles), read from the DOM so that rows need not know their neighbours. The table keeps
 * one element in the Tab order; arrows, Home/End and Page Up/Down move within it.
 */
const NAV = "[data-nav]";

/** The column the user was in before passing through a full-width group row. */
let preferredColumn: number | null = null;

const targets = (row: Element) => [...row.querySelectorAll<HTMLElement>(NAV)];
const columnOf = (el: HTMLElement) => (el.closest("td, th") as HTMLTableCellElement | null)?.cellIndex ?? 0;

function nearestInRow(row: Element, column: number): HTMLElement | undefined {
  const inRow = targets(row);
  if (inRow.length === 1) return inRow[0];
  return inRow.reduce<HTMLElement | undefined>((best, el) => {
    if (!best) return el;
    return Math.abs(columnOf(el) - column) < Math.abs(columnOf(best) - column) ? el : best;
  }, undefined);
}

function targetFor(table: HTMLTableElement, from: HTMLElement, key: string, ctrl: boolean): HTMLElement | null {
  const rows = [...table.querySelectorAll("tbody tr")].filter((r) => r.querySelector(NAV));
  const row = from.closest("tr");
  if (!row) return null;
  const here = targets(row);
  const at = here.indexOf(from);
  const r = rows.indexOf(row);
  const horizontal = (el: HTMLElement | undefined) => {
    preferredColumn = null;
    return el ?? null;
  };
  switch (key) {
    case "ArrowLeft":
      return horizontal(here[at - 1]);
    case "ArrowRight":
      return horizontal(here[at + 1]);
    case "Home":
      return horizontal(ctrl ? targets(rows[0]!)[0] : here[0]);
    case "End":
      return horizontal(ctrl ? targets(rows.at(-1)!).at(-1) : here.at(-1));
  }
  const step = { ArrowUp: -1, ArrowDown: 1, PageUp: -10, PageDown: 10 }[key];
  if (step === undefined) return null;
  const next = rows[Math.max(0, Math.min(rows.length - 1, r + step))];
  if (!next || next === row) return null;
  if (here.length > 1) preferredColumn = columnOf(from);
  return nearestInRow(next, preferredColumn ?? columnOf(from)) ?? null;
}

/** The table's keydown handler: moves focus and keeps the page from scrolling instead. */
export function onGridKeyDown(event: React.KeyboardEvent<HTMLTableElement>) {
  const from = event.target as HTMLElement;
  if (!from.matches(NAV) || event.altKey || event.metaKey || event.shiftKey) return;
  const to = targetFor(event.currentTarget, from, event.key, event.ctrlKey);
  if (!to) return;
  event.preventDefault();
  to.focus();
}
