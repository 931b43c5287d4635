import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { HOSTILE } from "../scripts/synthetic";
import type { Server } from "../scripts/variant/processes";
import { serveVariant } from "../scripts/variant/serve";
import { searchBox, squash } from "./matrix-helpers";
import { INJECTED, injectedScripts, watchedPage, type Watched } from "./watch";
import { hostileVariant } from "./variants";

const data = loadDataset();
const issue = data.issues[0]!;
const source = data.sources[0]!;

const ROUTES = ["/", "/timeline", "/sources", "/about", "/issues", `/issues/${issue.slug}`, `/sources/${source.id}`, "/export"];

/** Query strings an attacker or a mangled link might bring, on every route. */
const QUERIES = [
  `?q=${encodeURIComponent('<script>alert("q")</script>')}`,
  "?" +
    ["q", "cat", "stance", "cols", "cell", "compare", "sort", "dir", "show", "fold", "id", "quote"]
      .map((k) => `${k}=${encodeURIComponent(`"><img src=x onerror=alert("${k}")><script>alert("${k}")</script>`)}`)
      .join("&"),
  `?q=${"A".repeat(10 * 1024)}`,
  "?cell=no-such-issue.no-such-position&compare=no-such,other&cols=no-such&cat=no-such",
  "?q=%E0%A4%A",
  "?q=%",
  "?%=%&q=%zz",
];

/** Paths no page answers: each must be a proper 404 page, never a 500. */
const BAD_PATHS = [
  "/issues/no-such-issue",
  "/sources/no-such-source",
  "/issues/%E0%A4%A",
  "/sources/%",
  "/%E0%A4%A",
  `/issues/${encodeURIComponent("<script>alert(1)</script>")}`,
  `/issues/${"a".repeat(4000)}`,
];

async function expectInert(w: Watched, what: string) {
  await expect(w.page.getByRole("main"), what).toBeVisible();
  expect(await w.page.locator(INJECTED).count(), `${what}: no element made from the input`).toBe(0);
  expect(await injectedScripts(w.page), `${what}: no script made from the input`).toBe(0);
  expect(await w.violations(), `${what}: nothing the CSP had to block`).toEqual([]);
  expect(w.problems, what).toEqual([]);
}

test.describe("hostile query strings", () => {
  for (const route of ROUTES) {
    test(`${route} answers every hostile query with a working page`, async ({ context }) => {
      const w = await watchedPage(context);
      for (const query of QUERIES) {
        const response = await w.page.goto(route + query);
        const status = response?.status() ?? 0;
        const what = `${route}${query.slice(0, 60)}`;
        expect(status, `${what}: status`).toBe(200);
        await expectInert(w, what);
      }
    });
  }

  test("a search echoed back stays text", async ({ context }) => {
    const w = await watchedPage(context);
    const payload = '<img src=x onerror=alert("echo")>';
    await w.page.goto(`/?q=${encodeURIComponent(payload)}`);
    await expect(searchBox(w.page)).toHaveValue(payload);
    await expectInert(w, "echoed search");
  });
});

test.describe("hostile paths", () => {
  test("unknown ids, malformed encodings and very long segments get the 404 page", async ({ context }) => {
    const w = await watchedPage(context);
    for (const bad of BAD_PATHS) {
      const response = await w.page.goto(bad);
      expect(response?.status(), bad).toBe(404);
      await expectInert(w, bad);
    }
  });
});

test.describe("hostile data", () => {
  // One build and one server for the group, so the tests share a worker.
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const hostile = hostileVariant();

  test.beforeAll(async () => {
    // Variant builds take turns (scripts/variant/build.ts): this one may wait for two others, then build its own;
    // on a busy 2-core machine each can take five minutes.
    test.setTimeout(900_000);
    server = await serveVariant(hostile);
  });
  test.afterAll(async () => server?.stop());

  const hostileData = () => loadDataset(hostile.dataDir);

  test("titles, summaries and quotes with markup render as text on the matrix", async ({ context }) => {
    const w = await watchedPage(context);
    await w.page.goto(server.url + "/");
    await expect(w.page.getByText(HOSTILE.issueTitle).first()).toBeVisible();
    await expect(w.page.getByText(HOSTILE.summary).first()).toBeVisible();
    // Category titles and position labels come from the data too: literal text, no <b> or <i> made of them.
    const table = w.page.getByRole("table");
    await expect(table.getByText(HOSTILE.categoryTitle).first()).toBeVisible();
    await expect(table.getByText(HOSTILE.positionLabel).first()).toBeVisible();
    expect(await w.page.locator("main b, main i").count()).toBe(0);
    await expectInert(w, "matrix");
  });

  test("the issue page, the source reader, the sources list and the timeline show the markup literally", async ({ context }) => {
    const w = await watchedPage(context);
    const d = hostileData();
    const issueSlug = d.issues.find((i) => i.title === HOSTILE.issueTitle)!.slug;
    const sourceId = d.sources.find((s) => s.title === HOSTILE.sourceTitle)!.id;
    const pages: [string, string][] = [
      [`/issues/${issueSlug}`, HOSTILE.issueTitle],
      [`/sources/${sourceId}`, HOSTILE.sourceTitle],
      ["/sources", HOSTILE.sourceTitle],
      ["/timeline", HOSTILE.eventTitle],
    ];
    for (const [route, text] of pages) {
      const response = await w.page.goto(server.url + route);
      expect(response?.status(), route).toBe(200);
      await expect(w.page.getByText(text).first(), route).toBeVisible();
      await expectInert(w, route);
    }
  });

  test("the source reader shows a quote with markup as text inside its source", async ({ context }) => {
    const w = await watchedPage(context);
    const d = hostileData();
    const cited = d.issues.flatMap((i) => Object.values(i.cells)).flatMap((c) => c.citations).find((c) => c.quote.includes(HOSTILE.quote))!;
    const response = await w.page.goto(`${server.url}/sources/${cited.source}`);
    expect(response?.status()).toBe(200);
    // The reader highlights the passage, possibly in several <mark>s split at line breaks.
    await expect(w.page.locator("mark").first()).toBeVisible();
    const highlighted = squash((await w.page.locator("mark").allTextContents()).join(" "));
    expect(highlighted).toContain(squash(HOSTILE.quote));
    await expectInert(w, "source reader");
  });
});
