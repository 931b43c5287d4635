/**
 * What a link shows where it is pasted: read from the HTML the server sends (chat apps and
 * search engines run no script), and the 404 of an unknown issue.
 */
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { issueAgreement, splitInBrief } from "../lib/issue/agreement";
import { toMatrixData } from "../lib/matrix/data";
import { viewPreview } from "../lib/matrix/preview";
import { parseView, viewContext } from "../lib/matrix/view";
import { PREVIEW_DESCRIPTION_MAX } from "../lib/site/metadata";
import { expectClosestIssues } from "./missing-issue";
import { watchedPage } from "./watch";

const data = loadDataset();
const matrix = toMatrixData(data);

/** The head's title and meta tags, as a link unfurler reads them. */
async function head(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const html = await response.text();
  const head = html.slice(0, html.indexOf("</head>"));
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const meta = (key: string) => {
    const m = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(head);
    return m ? unescape(m[1]!) : null;
  };
  return { response, title: unescape(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ""), meta };
}

test("each issue's preview leads with who stands where, within what chat apps show", async ({ request }) => {
  for (const issue of data.issues) {
    const { meta } = await head(request, `/issues/${issue.slug}`);
    const description = meta("description")!;
    expect(meta("og:description"), issue.slug).toBe(description);
    expect(meta("twitter:description"), issue.slug).toBe(description);
    expect(description.length, issue.slug).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    const agreement = issueAgreement(data.positions, (p) => issue.cells[p.slug]?.stance ?? "not-addressed");
    expect(description.startsWith(`${splitInBrief(agreement)}.`), `${issue.slug}: ${description}`).toBe(true);
    // Every position that speaks is named before the proposition, never cut off.
    const lead = description.split(" Proposition:")[0]!;
    for (const group of agreement.groups) for (const p of group.positions) expect(lead, issue.slug).toContain(p.shortLabel);
  }
});

test.describe("a shared view of the matrix", () => {
  const query = "cols=russia,ukraine&show=diverge";
  const expected = viewPreview(matrix, parseView(query, viewContext(matrix)))!;

  test("previews as that view, with its own title, description, address and image", async ({ request }) => {
    const { response, title, meta } = await head(request, `/?${query}`);
    expect(response.status()).toBe(200);
    expect(title).toBe(`${expected.title} · Positions Matrix`);
    expect(expected.title).toMatch(/^Russia vs Ukraine: \d+ issues? where they diverge$/);
    for (const key of ["og:title", "twitter:title"]) expect(meta(key), key).toBe(expected.title);
    for (const key of ["description", "og:description", "twitter:description"]) expect(meta(key), key).toBe(expected.description);
    expect(new URL(meta("og:url")!).search).toBe(`?${query}`);
    const image = await request.get(new URL(meta("og:image")!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("opens as that view in the browser, under the policy, titled as it previews", async ({ context }) => {
    const { page, problems, violations } = await watchedPage(context);
    await page.goto(`/?${query}`);
    await expect(page.locator("[data-matrix-ready]")).toBeAttached();
    await expect(page).toHaveTitle(`${expected.title} · Positions Matrix`);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(4);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("leaves the plain matrix prerendered and titled as the site", async ({ request }) => {
    const { response, title, meta } = await head(request, "/");
    expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
    expect(title).toBe("Positions Matrix: proposals to end the war in Ukraine");
    expect(meta("og:url")).toBeNull();
    // A query that is no view (a tracking tag) gets the same prerendered page.
    expect((await request.get("/?utm_source=mail")).headers()["x-nextjs-prerender"]).toBeTruthy();
  });
});

test.describe("the 404 of an unknown issue", () => {
  // The prerendered 404, not a render per request: the closest issues come from the browser.
  test("answers 404 and names the closest issues", async ({ context }) => {
    const { page } = await watchedPage(context);
    await expectClosestIssues(page, data);
  });

  test("echoes a hostile slug as text", async ({ context }) => {
    const { page } = await watchedPage(context);
    const hostile = `<img src=x onerror="alert(1)">`;
    const response = await page.goto(`/issues/${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: `Nothing is called “${hostile}”` })).toBeVisible();
    await expect(page.locator("main img")).toHaveCount(0);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("still answers 404 with a way back to the matrix", async ({ context }) => {
      const { page } = await watchedPage(context);
      expect((await page.goto("/issues/no-such-issue"))?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Go to the matrix" })).toHaveAttribute("href", "/");
    });
  });

  test("still redirects a former slug and serves a current one", async ({ request }) => {
    const renamed = data.issues.find((i) => i.aliases.length > 0);
    if (renamed) expect((await request.get(`/issues/${renamed.aliases[0]}`, { maxRedirects: 0 })).status()).toBe(308);
    expect((await request.get(`/issues/${data.issues[0]!.slug}`)).status()).toBe(200);
  });
});
