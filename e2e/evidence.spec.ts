/**
 * Weighing the evidence: every column says its scope, every stated cell how much its evidence
 * weighs and how many citations carry it, and every quote who published it and what kind it is.
 * Expectations come from loadDataset(), never from hard-coded content.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { knownProblems } from "../lib/data/known-problems";
import { evidenceCount } from "../lib/data/strength";
import { CITATION_KIND_INFO, POSITION_KIND_INFO, SOURCE_KIND_INFO } from "../lib/data/vocab";
import { squash } from "./matrix-helpers";

const data = loadDataset();
const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
const byline = (id: string) => {
  const s = sourceOf.get(id)!;
  return s.author ?? s.publisher ?? "no named author or publisher";
};

type Card = { text: string; evidence: string[]; captions: string[] };

/**
 * Every issue page's position cards, as the server renders them, read in one round trip: the page
 * fetches each issue page and parses it, and the test compares in memory. Walking the pages with
 * hundreds of locator waits took over a minute on a busy 2-core machine.
 */
async function readAllCards(page: Page): Promise<Record<string, Record<string, Card>>> {
  await page.goto("/about");
  return page.evaluate(
    async ({ slugs, ids }) => {
      // textContent, as toContainText reads it (innerText would apply the captions' text-transform).
      const text = (e: Element | null | undefined) => (e?.textContent ?? "").replace(/\s+/g, " ").trim();
      const all: Record<string, Record<string, Card>> = {};
      for (const slug of slugs) {
        const response = await fetch(`/issues/${slug}`);
        if (!response.ok) throw new Error(`/issues/${slug}: ${response.status}`);
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        const cards: Record<string, Card> = {};
        for (const id of ids) {
          const el = doc.querySelector(`section#${CSS.escape(id)}`);
          if (!el) continue;
          const evidence = [...el.querySelectorAll("*")].map(text).filter((t) => t.startsWith("Evidence:"));
          cards[id] = { text: text(el), evidence, captions: [...el.querySelectorAll("li")].map((li) => text(li.querySelector("figcaption"))) };
        }
        all[slug] = cards;
      }
      return all;
    },
    { slugs: data.issues.map((i) => i.slug), ids: data.positions.map((p) => p.slug) },
  );
}

/** Whitespace runs as one space, for comparing rendered text with the data's. */
const flat = (s: string) => s.replace(/\s+/g, " ");

test("every position card on an issue page shows its column's kind and scope, and a stated cell its strength and count", async ({ page }) => {
  const pages = await readAllCards(page);
  for (const issue of data.issues) {
    const cards = pages[issue.slug]!;
    for (const p of data.positions) {
      const cell = issue.cells[p.slug]!;
      const where = `${issue.slug} × ${p.slug}`;
      const card = cards[p.slug];
      expect(card, where).toBeDefined();
      const text = flat(card!.text);
      expect(text, where).toContain(`${POSITION_KIND_INFO[p.kind].label}: ${p.scope}`);
      if (cell.stance === "not-addressed") {
        expect(text, where).not.toContain("Evidence:");
        continue;
      }
      expect(card!.evidence, where).toContain(`Evidence: ${cell.strength.label}`);
      expect(text, where).toContain(evidenceCount(cell));
      if (cell.disagreement) expect(text, where).toContain(`Sources disagree: ${flat(cell.disagreement)}`);
      else expect(text, where).not.toContain("Sources disagree");
    }
  }
});

test("a cell resting on one anonymous article says so, and a commentary citation is left out of its count", async ({ page }) => {
  const cells = data.issues.flatMap((issue) => data.positions.map((p) => ({ issue, p, cell: issue.cells[p.slug]! })));
  const anonymous = cells.find(({ cell }) => cell.strength.level === "single-report" && cell.strength.anonymous)!;
  await page.goto(`/issues/${anonymous.issue.slug}`);
  await expect(page.locator(`section#${anonymous.p.slug}`)).toContainText("Single report, no named author or publisher");

  const withCommentary = cells.find(({ cell }) => cell.citations.some((c) => c.kind === "commentary"))!;
  const counted = withCommentary.cell.citations.filter((c) => c.kind !== "commentary").length;
  await page.goto(`/issues/${withCommentary.issue.slug}`);
  const card = page.locator(`section#${withCommentary.p.slug}`);
  await expect(card).toContainText(`${counted} ${counted === 1 ? "citation" : "citations"}, and`);
  await expect(card).toContainText("commentary (context only, not counted)");
});

test("each quote's caption names the author or publisher (or says anonymous), the source's kind and the quote's kind; a speaker only for own words", async ({ page }) => {
  let speakers = 0;
  let abouts = 0;
  const pages = await readAllCards(page);
  for (const issue of data.issues) {
    const cards = pages[issue.slug]!;
    for (const p of data.positions) {
      const cell = issue.cells[p.slug]!;
      if (cell.citations.length === 0) continue;
      const captions = cards[p.slug]?.captions ?? [];
      expect(captions, `${issue.slug} × ${p.slug}`).toHaveLength(cell.citations.length);
      for (const [k, c] of cell.citations.entries()) {
        const where = `${issue.slug} × ${p.slug}, citation ${k + 1}`;
        const caption = flat(captions[k] ?? "");
        expect(caption, where).toContain(byline(c.source));
        expect(caption, where).toContain(SOURCE_KIND_INFO[sourceOf.get(c.source)!.kind].label);
        expect(caption, where).toContain(CITATION_KIND_INFO[c.kind].label);
        if (c.kind === "own-words" && c.speaker) {
          speakers++;
          expect(caption, where).toContain(`Speaker: ${c.speaker}`);
        } else expect(caption, where).not.toContain("Speaker:");
        if (c.about) {
          abouts++;
          expect(caption, where).toContain(`About: ${c.about}`);
        }
      }
    }
  }
  expect(speakers, "own words with a speaker in the data").toBeGreaterThan(0);
  expect(abouts, "reports about a person in the data").toBeGreaterThan(0);
});

test("the matrix's legend gives every column's kind and scope", async ({ page }) => {
  await page.goto("/");
  await page.getByText("How to read the matrix").click();
  const legend = page.locator("details").filter({ hasText: "How to read the matrix" });
  for (const p of data.positions) await expect(legend).toContainText(`${p.label} (${POSITION_KIND_INFO[p.kind].label.toLowerCase()}): ${p.scope}`);
});

test("the About page explains documents and actors, every scope, the method and the strength words", async ({ page }) => {
  await page.goto("/about");
  const columns = page.getByRole("region", { name: "The columns: documents and actors" });
  for (const p of data.positions) await expect(columns).toContainText(`Scope: ${p.scope}`);
  await expect(columns).toContainText(`A first-time reader sees`);
  for (const p of data.positions.filter((x) => x.default)) await expect(columns.locator("p").last()).toContainText(p.label);
  const method = page.getByRole("region", { name: "The method" });
  await expect(method).toContainText("Commentary may accompany a stance, never carry it");
  for (const word of ["Own words", "Reported by 2 sources", "Single report"]) await expect(method.getByText(`Evidence: ${word}`, { exact: true })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("a source's page lists its known problems, those recorded under another source included", async ({ page }) => {
  const problems = knownProblems(data.sources);
  for (const source of data.sources) {
    await page.goto(`/sources/${source.id}`);
    const section = page.getByRole("region", { name: "Known problems" });
    const own = problems.get(source.id)!;
    if (own.length === 0) {
      await expect(section).toContainText("None known.");
      continue;
    }
    await expect(section.getByRole("listitem")).toHaveCount(own.length);
    for (const p of own) {
      const item = section.getByRole("listitem").filter({ hasText: squash(p.note) });
      if (p.recordedUnder) await expect(item.getByRole("link", { name: sourceOf.get(p.recordedUnder)!.title })).toHaveAttribute("href", `/sources/${p.recordedUnder}`);
    }
  }
});

test("a timeline event whose sources disagree says so", async ({ page }) => {
  const disputed = data.events.filter((e) => e.disagreement);
  test.skip(disputed.length === 0, "no event in data/ records a disagreement");
  await page.goto("/timeline");
  for (const e of disputed) await expect(page.locator(`li#${e.id}`)).toContainText(`Sources disagree: ${e.disagreement}`);
});
