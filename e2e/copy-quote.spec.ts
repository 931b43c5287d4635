/**
 * "Copy quote" beside every quote (the evidence panel, the issue page, the source reader): the
 * quote, whose words it is or who reports it, the source and its date, and the passage's address,
 * which opens the passage.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { sourceCaption } from "../lib/format";
import { quoteForCopy } from "../lib/release/quote";
import { gotoMatrix } from "./matrix-helpers";

const data = loadDataset();
// A cell with a quote that names its speaker, so the attribution is put to the test.
const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.some((q) => q.speaker)))!;
const cell = Object.values(issue.cells).find((c) => c.citations.some((q) => q.speaker))!;
const citation = cell.citations.find((q) => q.speaker)!;
const source = data.sources.find((s) => s.id === citation.source)!;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function copied(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

function expected(origin: string, quote = citation.quote) {
  return quoteForCopy({ ...citation, quote }, sourceCaption(source), `${origin}/sources/${source.id}#q-${citation.start}-${citation.end}`);
}

test("in the evidence panel and on the issue page, Copy quote copies the quote, its speaker, source, date and address", async ({ page }) => {
  for (const path of [`/?cell=${issue.slug}.${cell.position}`, `/issues/${issue.slug}`]) {
    if (path.startsWith("/?")) await gotoMatrix(page, path);
    else await page.goto(path);
    const scope = path.startsWith("/?") ? page.getByRole("dialog") : page.locator(`[id="${cell.position}"]`);
    const figure = scope.locator("figure").filter({ hasText: citation.speaker! }).first();
    await figure.getByRole("button", { name: /^Copy quote/ }).click();
    await expect(figure.getByRole("status")).toHaveText("Copied");
    const text = await copied(page);
    const here = new URL(page.url()).origin;
    expect(text, path).toBe(expected(here));
    expect(text).toContain(citation.speaker!);
    expect(text).toContain(source.title);

    // The address in it opens the passage, highlighted.
    const address = text.split("\n").at(-1)!;
    await page.goto(address);
    await expect(page.locator(`[id="q-${citation.start}-${citation.end}"]`)).toBeVisible();
  }
});

test("in the source reader, Copy quote beside a passage copies the passage with its source and address", async ({ page }) => {
  await page.goto(`/sources/${source.id}`);
  const note = page.getByRole("complementary").filter({ has: page.locator(`a[href="#q-${citation.start}-${citation.end}"]`) });
  await note.getByRole("button", { name: /^Copy quote/ }).click();
  const text = await copied(page);
  const [quote, attribution, address] = text.split("\n");
  expect(quote).toBe(`“${source.text.slice(citation.start, citation.end).replace(/\s+/g, " ").trim()}”`);
  expect(attribution).toContain(source.title);
  expect(new URL(address!).pathname + new URL(address!).hash).toBe(`/sources/${source.id}#q-${citation.start}-${citation.end}`);
});
