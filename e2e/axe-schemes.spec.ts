/**
 * The two-scheme scan that the accessibility checks share (axe.ts) still finds what only dark
 * breaks: a colour, and an element that dark alone shows, which the colour-only scan would miss.
 */
import { test, expect } from "./fixtures";
import { violationsInBothSchemes, WCAG_TAGS } from "./axe";

const page = (darkRule: string) => `<!doctype html><html lang="en"><head><title>Schemes</title><style>
  body { background: #fff; color: #111; }
  .dark-only { display: none; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } ${darkRule} }
</style></head><body><main><h1>Schemes</h1><p class="text">Some text to read.</p>
<p class="dark-only"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p></main></body></html>`;

test("a clean page has no violations in either scheme", async ({ page: p }) => {
  await p.setContent(page(""));
  expect(await violationsInBothSchemes(p, WCAG_TAGS)).toEqual({ light: [], dark: [] });
});

test("text that only dark makes unreadable is a dark violation", async ({ page: p }) => {
  await p.setContent(page(".text { color: #1a1a1a; }"));
  const found = await violationsInBothSchemes(p, WCAG_TAGS);
  expect(found.light).toEqual([]);
  expect(found.dark).toEqual([expect.stringMatching(/^color-contrast /)]);
});

test("an element that only dark shows is scanned with every rule", async ({ page: p }) => {
  await p.setContent(page(".dark-only { display: block; }"));
  const found = await violationsInBothSchemes(p, WCAG_TAGS);
  expect(found.light).toEqual([]);
  expect(found.dark).toEqual([expect.stringMatching(/^image-alt /)]);
});
