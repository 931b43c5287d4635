/**
 * The matrix interactions the latency bench performs, each with the locators it tries in order
 * (roles and accessible names first). The first candidate found on the page is used; when none
 * is, the interaction is reported as not measurable. Align these with the matrix UI.
 */
import type { Locator, Page } from "@playwright/test";

/** Names taken from the dataset, so the locators fit whatever data is loaded. */
export type DatasetNames = {
  /** A stance's label, e.g. "Rejects". */
  stance: string;
  /** A category's title. */
  category: string;
  /** The names a column toggle may carry: a position's label and its short label. */
  column: string[];
  /** Typed one keystroke at a time: a word that narrows the issues down. */
  searchTerm: string;
};

/**
 * toggle: each sample clicks the control (an even number of samples restores the view).
 * select: each sample picks the next option of a <select>, cycling through the first three.
 * type: each sample is one keystroke of the search term, then one Backspace per character.
 * open: each sample clicks the i-th match, then closes what it opened (Escape), unmeasured.
 */
export type Kind = "toggle" | "select" | "type" | "open";

export type Candidate = {
  /** Shown in the report, so the integrator can align the UI or this list. */
  describe: string;
  kind: Kind;
  locate: (page: Page) => Locator;
  /** Run before each sample, unmeasured: e.g. open the menu that holds the control. */
  prepare?: (page: Page) => Promise<void>;
};

export type Interaction = { name: string; candidates: (ctx: DatasetNames) => Candidate[] };

const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "i");

/** Opens a menu or popover (named like "Columns") when the control inside it is hidden. */
const openMenu = (menu: RegExp, inside: (page: Page) => Locator) => async (page: Page) => {
  if (await inside(page).first().isVisible()) return;
  const button = page.getByRole("button", { name: menu }).first();
  if (!(await button.isVisible())) throw new Error(`no button named ${menu}`);
  await button.click({ timeout: 2000 });
  await inside(page).first().waitFor({ state: "visible", timeout: 2000 });
};

export const INTERACTIONS: Interaction[] = [
  {
    name: "filter change",
    candidates: ({ stance, category }) => [
      { describe: `getByRole("checkbox", { name: /^${stance}$/i })`, kind: "toggle", locate: (p) => p.getByRole("checkbox", { name: exact(stance) }) },
      { describe: `getByRole("button", { name: /^${stance}$/i }) with aria-pressed`, kind: "toggle", locate: (p) => p.getByRole("button", { name: exact(stance) }).and(p.locator("[aria-pressed]")) },
      { describe: `getByRole("combobox", { name: /stance/i })`, kind: "select", locate: (p) => p.getByRole("combobox", { name: /stance/i }) },
      { describe: `getByRole("combobox", { name: /categor/i })`, kind: "select", locate: (p) => p.getByRole("combobox", { name: /categor/i }) },
      { describe: `getByRole("checkbox", { name: /^${category}$/i })`, kind: "toggle", locate: (p) => p.getByRole("checkbox", { name: exact(category) }) },
      { describe: `getByRole("button", { name: /^${category}$/i }) with aria-pressed`, kind: "toggle", locate: (p) => p.getByRole("button", { name: exact(category) }).and(p.locator("[aria-pressed]")) },
    ],
  },
  {
    name: "search keystroke",
    candidates: () => [
      { describe: `getByRole("searchbox", { name: /search/i })`, kind: "type", locate: (p) => p.getByRole("searchbox", { name: /search/i }) },
      { describe: `getByRole("textbox", { name: /search/i })`, kind: "type", locate: (p) => p.getByRole("textbox", { name: /search/i }) },
      { describe: `getByPlaceholder(/search/i)`, kind: "type", locate: (p) => p.getByPlaceholder(/search/i) },
    ],
  },
  {
    name: "hide a column",
    candidates: (ctx) =>
      ctx.column.flatMap((label): Candidate[] => {
        const inMenu = (p: Page) => p.getByRole("menuitemcheckbox", { name: exact(label) });
        const boxInMenu = (p: Page) => p.getByRole("dialog").getByRole("checkbox", { name: exact(label) });
        return [
          { describe: `getByRole("checkbox", { name: /^${label}$/i })`, kind: "toggle", locate: (p) => p.getByRole("checkbox", { name: exact(label) }) },
          { describe: `getByRole("switch", { name: /^${label}$/i })`, kind: "toggle", locate: (p) => p.getByRole("switch", { name: exact(label) }) },
          {
            describe: `getByRole("button", { name: /columns|positions/i }) then getByRole("menuitemcheckbox", { name: /^${label}$/i })`,
            kind: "toggle",
            locate: inMenu,
            prepare: openMenu(/columns|positions/i, inMenu),
          },
          {
            describe: `getByRole("button", { name: /columns|positions/i }) then getByRole("dialog").getByRole("checkbox", { name: /^${label}$/i })`,
            kind: "toggle",
            locate: boxInMenu,
            prepare: openMenu(/columns|positions/i, boxInMenu),
          },
        ];
      }),
  },
  {
    name: "open a cell's evidence",
    candidates: () => [
      { describe: `getByRole("main").getByRole("button", { name: /evidence|citation|quote|source/i })`, kind: "open", locate: (p) => p.getByRole("main").getByRole("button", { name: /evidence|citation|quote|source/i }) },
      { describe: `getByRole("gridcell").getByRole("button")`, kind: "open", locate: (p) => p.getByRole("gridcell").getByRole("button") },
      { describe: `getByRole("cell").getByRole("button")`, kind: "open", locate: (p) => p.getByRole("cell").getByRole("button") },
    ],
  },
];

/** The first candidate with a visible match on the page, after running its preparation. */
export async function findControl(page: Page, candidates: Candidate[]): Promise<Candidate | null> {
  for (const candidate of candidates) {
    try {
      await candidate.prepare?.(page);
    } catch {
      continue;
    }
    if (await candidate.locate(page).first().isVisible().catch(() => false)) return candidate;
  }
  return null;
}
