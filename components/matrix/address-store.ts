/**
 * The matrix view lives in the address bar. The query string is the single store: reads
 * parse it, writes serialize a new view into it. Filter changes push a history entry (Back
 * undoes them); typing on in the search box replaces the entry, and those writes are
 * throttled, since browsers limit how often history may change. Opening evidence pushes an
 * entry that closing it takes back (see historyMode). Every write waits until the change is
 * painted: the History API is slow enough to delay a frame.
 *
 * Reads come from `location` (plus the one write still waiting), not from Next's router,
 * so the page stays fully prerendered: the server renders the default view, and the first
 * client render after hydration applies the address.
 */

import type { HistoryMode } from "@/lib/matrix/view";

const REPLACE_DELAY_MS = 150;

let pending: string | null = null;
let pendingMode: "push" | "replace" = "replace";
let timer: ReturnType<typeof setTimeout> | undefined;
/** Whether the current entry (written or waiting) is one that opening evidence pushed: closing it goes back. */
let openedHere = false;
const listeners = new Set<() => void>();

/** The view's query string as it stands, including a write still waiting. */
export function currentQuery(): string {
  return pending ?? window.location.search.replace(/^\?/, "");
}

export function notifyUrlChange() {
  for (const listener of listeners) listener();
}

function onPopState() {
  // Back or forward: the address is the truth again, whatever was waiting to be written.
  pending = null;
  pendingMode = "replace";
  openedHere = false;
  clearTimeout(timer);
  notifyUrlChange();
}

/** For useSyncExternalStore: calls `listener` whenever the address (or a waiting write) changes. */
export function subscribeToAddress(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener("popstate", onPopState);
    // Leaving the page (or reloading it) right after typing still leaves the address complete.
    window.addEventListener("pagehide", flush);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener("popstate", onPopState);
    window.removeEventListener("pagehide", flush);
  };
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
}

function flush() {
  clearTimeout(timer);
  if (pending === null) return;
  const query = pending;
  const mode = pendingMode;
  pending = null;
  pendingMode = "replace";
  // Null state: Next.js adds its own router state to entries written with the History API.
  if (mode === "push") window.history.pushState(null, "", urlFor(query));
  else if (query !== window.location.search.replace(/^\?/, "")) window.history.replaceState(null, "", urlFor(query));
}

/**
 * Flushes `delay` ms after the next paint: the History API (and the router's work it sets off)
 * is slow enough to delay the frame that shows the change, also when a slow keystroke's render
 * outlasts the delay, so the delay starts once the change is on screen.
 */
function flushAfterPaint(delay = 0) {
  // A flush already done by then finds nothing waiting, so an extra one is harmless.
  requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
}

/** Writes the view's query string into the address, as its own history entry or in place of the current one. */
export function writeQuery(query: string, mode: HistoryMode) {
  clearTimeout(timer);
  if (mode === "close" && openedHere) {
    openedHere = false;
    if (pendingMode === "push") {
      // The entry opening made is not written yet: it never needs to be.
      pending = null;
      pendingMode = "replace";
      notifyUrlChange();
    } else {
      // The entry before is the view the evidence was opened from; popstate tells the matrix.
      pending = null;
      window.history.back();
    }
    return;
  }
  if (mode === "push" || mode === "open") {
    // A replace still waiting belongs to the entry being left: write it there first.
    if (pendingMode === "replace") flush();
    openedHere = mode === "open";
    pendingMode = "push";
    pending = query;
    flushAfterPaint();
  } else {
    pending = query;
    // A push not yet written takes this later state with it.
    if (pendingMode === "push") flushAfterPaint();
    else flushAfterPaint(REPLACE_DELAY_MS);
  }
  notifyUrlChange();
}

/** Whether a write is still waiting: while it is, the router's echo of the address is stale. */
export function hasPendingWrite(): boolean {
  return pending !== null;
}
