/**
 * The matrix's first screen, as a reader sees it before scrolling: how many overview marks lie
 * wholly inside a 1440×900 window, and how many issue rows have every mark inside a 390×844 phone's.
 */
import type { Browser } from "@playwright/test";

export type FirstScreen = {
  desktop: { viewport: string; marks: number; of: number };
  phone: { viewport: string; wholeRows: number; rows: number };
};

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

export async function measureFirstScreen(browser: Browser, url: string): Promise<FirstScreen> {
  const [desktop, phone] = [await look(browser, url, "desktop"), await look(browser, url, "phone")];
  return {
    desktop: { viewport: "1440×900", marks: desktop.marksInside, of: desktop.marks },
    phone: { viewport: "390×844", wholeRows: phone.rowsInside, rows: phone.rows },
  };
}

async function look(browser: Browser, url: string, size: keyof typeof SIZES) {
  const page = await browser.newPage({ viewport: SIZES[size] });
  try {
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.locator("[data-matrix-ready]").waitFor({ state: "attached", timeout: 30_000 });
    // In the page: a mark counts when its whole box is inside the window, a row when all its marks are.
    // A string, not a function: tsx names functions with a helper (__name) the page does not have.
    return await page.evaluate<{ marks: number; marksInside: number; rows: number; rowsInside: number }>(`(() => {
      const inside = (el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      };
      const marks = [...document.querySelectorAll(".overview-grid .mark")];
      const rows = [...document.querySelectorAll(".overview-grid li")].map((li) => [...li.querySelectorAll(".mark")]).filter((m) => m.length > 0);
      return { marks: marks.length, marksInside: marks.filter(inside).length, rows: rows.length, rowsInside: rows.filter((m) => m.every(inside)).length };
    })()`);
  } finally {
    await page.close();
  }
}
