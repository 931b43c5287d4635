/**
 * The browser's floor: the DOM changes the matrix interactions make, made directly by a
 * script in the page (no React, no event handlers), and timed by the same probe as the
 * interactions. What remains is what this machine's Chromium needs to restyle, lay out and
 * paint the change, plus the wait for the next frame: no interaction can beat its floor.
 */
import type { Browser, Page } from "@playwright/test";
import { findControl, INTERACTIONS, type DatasetNames } from "./interactions";
import { openProbedPage, settle, type LatencyOptions } from "./latency";

/**
 * One scripted change. The snippets are plain JavaScript run in the page (strings, so no
 * bundler helper leaks into them): `setup(arg)` once, then `change(i)` for sample i, measured,
 * then `reset()` unmeasured when the change must be undone before the next sample.
 */
type FloorChange = {
  name: string;
  /** The interaction whose DOM change this is. */
  like: string | null;
  setup: string;
  change: string;
  reset?: string;
  /** Found on the page before setup, unmeasured: what `setup` receives. */
  prepare?: (page: Page, ctx: DatasetNames) => Promise<unknown>;
};

export type FloorResult = { name: string; like: string | null; samples: number[]; noChange: number; error?: string };

const CHANGES: FloorChange[] = [
  {
    name: "one line of text",
    like: null,
    setup: `() => { window.__floor = document.querySelector("[role=status] strong"); }`,
    change: `(i) => { window.__floor.textContent = String(1000 + i); }`,
  },
  {
    name: "hide or show the rows a stance filter hides",
    like: "filter change",
    prepare: rowsAFilterHides,
    setup: `(keys) => { window.__floor = [...document.querySelectorAll("tr[data-row-key]")].filter((r) => keys.includes(r.dataset.rowKey)); }`,
    change: `(i) => { for (const row of window.__floor) row.hidden = i % 2 === 0; }`,
  },
  {
    name: "hide or show one position's column",
    like: "hide a column",
    prepare: async (_page, ctx) => ctx.column,
    setup: `(labels) => {
      const table = document.querySelector(".matrix-table");
      const head = [...table.tHead.rows[0].cells].find((c) => labels.some((l) => c.textContent.includes(l)));
      const index = head ? head.cellIndex : 2;
      const cells = [...table.querySelectorAll("tr")].map((r) => r.cells[index]).filter((c) => c && c.colSpan === 1);
      // The matrix also narrows the table by a column's width (13rem) when it drops one.
      const width = table.style.minWidth;
      window.__floor = { table, cells, width, narrower: width.endsWith("rem") ? parseFloat(width) - 13 + "rem" : width };
    }`,
    change: `(i) => {
      const { table, cells, width, narrower } = window.__floor;
      for (const cell of cells) cell.style.display = i % 2 === 0 ? "none" : "";
      table.style.minWidth = i % 2 === 0 ? narrower : width;
    }`,
  },
  {
    name: "open a modal dialog of text",
    like: "open a cell's evidence",
    setup: `() => {
      const d = document.createElement("dialog");
      d.innerHTML = "<h2>Evidence</h2><p>" + "A quoted passage of a source, as the evidence panel shows it. ".repeat(12) + "</p><button>Close</button>";
      document.body.append(d);
      window.__floor = d;
    }`,
    change: `() => { window.__floor.showModal(); }`,
    reset: `() => { window.__floor.close(); }`,
  },
];

/** Clicks the stance filter once and back, unmeasured: the rows it hid are the floor's rows. */
async function rowsAFilterHides(page: Page, ctx: DatasetNames): Promise<string[]> {
  const filter = INTERACTIONS.find((i) => i.name === "filter change")!;
  const control = await findControl(page, filter.candidates(ctx));
  if (!control) throw new Error("no filter control found");
  const keys = () => page.locator("tr[data-row-key]").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.rowKey!));
  // Each click is left to settle as a measured one would be (the probe is on the page already).
  const clickAndSettle = async () => {
    await page.evaluate("window.__armLatencyProbe()");
    await control.locate(page).first().click();
    await settle(page, 300, 5000);
  };
  const all = await keys();
  await clickAndSettle();
  const kept = new Set(await keys());
  await clickAndSettle();
  return all.filter((k) => !kept.has(k));
}

export async function measureFloor(browser: Browser, url: string, ctx: DatasetNames, options: LatencyOptions): Promise<FloorResult[]> {
  const results: FloorResult[] = [];
  for (const c of CHANGES) {
    const result: FloorResult = { name: c.name, like: c.like, samples: [], noChange: 0 };
    results.push(result);
    let page: Page | null = null;
    try {
      page = await openProbedPage(browser, url);
      const arg = (await c.prepare?.(page, ctx)) ?? null;
      await page.evaluate(`(${c.setup})(${JSON.stringify(arg)})`);
      for (let i = 0; i <= options.samples; i++) {
        await page.evaluate("window.__armLatencyProbe()");
        // The probe starts its clock at the first input-like event: this one, just before the change.
        await page.evaluate(`window.dispatchEvent(new Event("change")); (${c.change})(${i});`);
        const probe = await settle(page, options.quietMs, options.maxMs);
        if (c.reset) {
          await page.evaluate("window.__armLatencyProbe()");
          await page.evaluate(`window.dispatchEvent(new Event("change")); (${c.reset})();`);
          await settle(page, 150, 2000);
        }
        if (i === 0) continue; // warm-up, as for the interactions
        if (probe.start !== null && probe.end !== null) result.samples.push(probe.end - probe.start);
        else result.noChange++;
      }
    } catch (e) {
      result.error = String(e).split("\n")[0];
    } finally {
      await page?.close();
    }
  }
  return results;
}
