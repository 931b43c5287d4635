import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { letters, squash } from "./matrix-helpers";

const data = loadDataset();

/** Every citation in the data, with who cites it: a cell (issue, position) or a timeline event. */
const citations = [
  ...data.issues.flatMap((issue) =>
    Object.values(issue.cells).flatMap((cell) => cell.citations.map((c) => ({ c, href: `/issues/${issue.slug}#${cell.position}` }))),
  ),
  ...data.events.flatMap((e) => e.citations.map((c) => ({ c, href: `/timeline#${e.id}` }))),
];

test("the sources page lists every source with its citation count, grouped by kind", async ({ page }) => {
  await page.goto("/sources");
  for (const [group, kind] of [
    ["The parties' own statements", "own-statement"],
    ["News reports", "news-report"],
    ["Analysis", "analysis"],
  ] as const) {
    const own = data.sources.filter((s) => s.kind === kind);
    const region = page.getByRole("region", { name: new RegExp(`^${group}`) });
    if (own.length === 0) continue;
    await expect(region.getByRole("listitem")).toHaveCount(own.length);
    for (const s of own) {
      const item = region.getByRole("listitem").filter({ has: page.getByRole("link", { name: s.title, exact: true }) });
      const count = citations.filter((x) => x.c.source === s.id).length;
      await expect(item).toContainText(`${count} ${count === 1 ? "citation" : "citations"}`);
      await expect(item.getByRole("link", { name: s.title, exact: true })).toHaveAttribute("href", `/sources/${s.id}`);
    }
  }
});

// One test per source, so the time each test may take does not grow with the corpus.
for (const source of data.sources) {
  test(`the page of ${source.id} shows its metadata and highlights every cited passage with its own anchor`, async ({ page }) => {
    const response = await page.goto(`/sources/${source.id}`);
    expect(response?.status(), source.id).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(source.title);
    const main = page.getByRole("main");
    if (source.url) await expect(main.locator(`a[href="${source.url}"]`)).toBeVisible();
    else await expect(main).toContainText("Original address unknown");

    const own = citations.filter((x) => x.c.source === source.id);
    const ids = new Set(own.map((x) => `q-${x.c.start}-${x.c.end}`));
    // One anchored mark per distinct passage, and no mark that no citation asked for.
    expect(await page.locator("mark[id]").evaluateAll((els) => els.map((e) => e.id).sort())).toEqual([...ids].sort());
    // Every highlight and every note read in one call, then compared with the citations in memory.
    const shown = await page.evaluate(() => ({
      pieces: [...document.querySelectorAll<HTMLElement>("mark[data-q]")].map((m) => [m.dataset.q!, m.textContent ?? ""] as const),
      numbers: [...document.querySelectorAll<HTMLElement>("mark[id]")].map((m) => [m.id, m.dataset.n ?? ""] as const),
      notes: [...document.querySelectorAll("aside[aria-label]")].map((n) => [n.getAttribute("aria-label")!, [...n.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!)] as const),
    }));
    const numbers = new Map(shown.numbers);
    for (const { c, href } of own) {
      const id = `q-${c.start}-${c.end}`;
      const pieces = shown.pieces.filter(([q]) => q === id).map(([, text]) => text);
      // A passage that overlaps another is split into pieces, not always at a space: compare the letters.
      expect(letters(pieces.join("")), id).toBe(letters(c.quote));
      // Beside the highlight, a link back to the citing cell or event.
      const notes = shown.notes.filter(([label]) => label === `Passage ${numbers.get(id)}`);
      expect(notes, `${id}: one note`).toHaveLength(1);
      expect(notes[0]![1].filter((h) => h === href), `${id}: its note links ${href}`).toHaveLength(1);
    }
  });
}

test("a Markdown source shows its body, not its front matter", async ({ page }) => {
  const markdown = data.sources.filter((s) => s.file.endsWith(".md") && s.text.startsWith("---"));
  test.skip(markdown.length === 0, "no Markdown source with front matter in data/");
  for (const source of markdown) {
    await page.goto(`/sources/${source.id}`);
    const text = await page.getByRole("region", { name: "Full text" }).innerText();
    const frontMatter = source.text.split(/\n---\s*\n/)[0]!.split("\n").slice(1);
    for (const line of frontMatter.filter((l) => /^\w+:/.test(l))) expect(text, line).not.toContain(line.trim());
    const lastLine = source.text.trim().split("\n").at(-1)!.trim();
    expect(squash(text)).toContain(squash(lastLine));
  }
});

test("where the original address is known, each passage links to it with a text fragment", async ({ page }) => {
  const withUrl = data.sources.filter((s) => s.url && citations.some((x) => x.c.source === s.id));
  test.skip(withUrl.length === 0, "no cited source with an original address");
  for (const source of withUrl) {
    await page.goto(`/sources/${source.id}`);
    const links = page.getByRole("link", { name: "Find it on the original page" });
    const passages = new Set(citations.filter((x) => x.c.source === source.id).map((x) => x.c.id));
    await expect(links).toHaveCount(passages.size);
    for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")!))) {
      const [address, directive] = href.split("#:~:text=");
      expect(address).toBe(source.url!.split("#")[0]);
      // Each term decodes to words of the source, and the directive's own syntax stays encoded.
      for (const term of directive!.split(",")) {
        expect(term).not.toMatch(/[\s&-]/);
        expect(squash(source.text.replace(/\*/g, ""))).toContain(decodeURIComponent(term));
      }
    }
  }
});

test("an unknown source id answers 404", async ({ request }) => {
  const response = await request.get("/sources/no-such-source-here");
  expect(response.status()).toBe(404);
});
