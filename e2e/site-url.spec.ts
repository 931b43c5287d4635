/**
 * Every absolute address the app writes follows one setting: SITE_URL at build time, or the
 * address `npm start` serves at. Read from the real HTML, XML, CSV and JSON, not from the DOM.
 */
import Papa from "papaparse";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import type { Server } from "../scripts/variant/processes";
import { serveVariant } from "../scripts/variant/serve";
import { releasesVariant, VARIANT_SITE } from "./release-variant";

const data = loadDataset();
const issue = data.issues[0]!;

/** Every absolute address in one page's head: canonical, Open Graph, Twitter and oEmbed discovery. */
async function headAddresses(request: APIRequestContext, url: string) {
  const html = await (await request.get(url)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const attr = (re: RegExp) => [...head.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  return {
    canonical: attr(/<link rel="canonical" href="([^"]+)"/g),
    "og:url": attr(/<meta property="og:url" content="([^"]+)"/g),
    "og:image": attr(/<meta property="og:image" content="([^"]+)"/g),
    "twitter:image": attr(/<meta name="twitter:image" content="([^"]+)"/g),
    oembed: attr(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
  };
}

const csvColumn = (text: string, column: string) =>
  (Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data).map((r) => r[column]!).filter(Boolean);

/** Checks that every absolute address the app writes starts with `site`. */
async function expectEverywhere(request: APIRequestContext, base: string, site: string) {
  const under = (what: string, urls: string[], min = 1) => {
    expect(urls.length, `${what}: how many`).toBeGreaterThanOrEqual(min);
    for (const u of urls) expect(u, what).toMatch(new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
  };

  const issuePage = await headAddresses(request, `${base}/issues/${issue.slug}`);
  for (const [what, urls] of Object.entries(issuePage)) under(`issue page ${what}`, urls);
  expect(issuePage["og:url"]).toEqual([`${site}issues/${issue.slug}`]);
  // The oEmbed address names the page it is about under the same site.
  expect(new URL(issuePage.oembed[0]!).searchParams.get("url")).toBe(`${site}issues/${issue.slug}`);

  const home = await headAddresses(request, `${base}/`);
  under("matrix og:image", home["og:image"]);
  under("matrix twitter:image", home["twitter:image"]);
  const view = await headAddresses(request, `${base}/?cols=russia,ukraine&show=diverge`);
  under("shared view og:url", view["og:url"]);
  under("shared view og:image", view["og:image"]);
  under("shared view canonical", view.canonical);

  const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
  under("sitemap", [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!), data.issues.length);
  const robots = await (await request.get(`${base}/robots.txt`)).text();
  under("robots.txt", [/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? ""]);

  const cells = await (await request.get(`${base}/export/cells.csv`)).text();
  under("cells.csv issue_link", csvColumn(cells, "issue_link"), data.issues.length);
  under("cells.csv passage_link", csvColumn(cells, "passage_link"));
  under("matrix.csv issue_link", csvColumn(await (await request.get(`${base}/export/matrix.csv`)).text(), "issue_link"), data.issues.length);
  const json = (await (await request.get(`${base}/export/data.json`)).json()) as { $schema: string; site: string; issues: { link: string }[]; sources: { link: string }[] };
  under("data.json", [json.$schema, json.site, ...json.issues.map((i) => i.link), ...json.sources.map((s) => s.link)]);

  const oembed = (await (await request.get(`${base}/oembed?url=${encodeURIComponent(`${site}issues/${issue.slug}`)}`)).json()) as { html: string; provider_url: string };
  under("oEmbed", [oembed.provider_url, /src="([^"]+)"/.exec(oembed.html)?.[1] ?? ""]);
  const embedOffer = await (await request.get(`${base}/issues/${issue.slug}`)).text();
  under("the issue page's embed code", [/&lt;iframe src=&quot;([^&]+)&quot;/.exec(embedOffer)?.[1] ?? ""]);
}

test("npm start names the address it serves in every absolute link", async ({ request, baseURL }) => {
  await expectEverywhere(request, baseURL!, `${baseURL}/`);
});

// The releases variant (e2e/release-variant.ts) is the real data with one more release, built for
// https://example.org: the same issues and counts, at another address.
test.describe("a build for https://example.org", () => {
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const { v: exampleOrg } = releasesVariant();

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    server = await serveVariant(exampleOrg);
  });
  test.afterAll(async () => server?.stop());

  test("names https://example.org in every canonical, preview, sitemap, export and embed address", async ({ request }) => {
    await expectEverywhere(request, server.url, VARIANT_SITE);
  });

  test("prints its address on the site's preview image", async ({ request, baseURL }) => {
    // The same code and counts (one stance differs, which this image does not show): only the address
    // differs, so the images differ only if it is printed.
    const image = async (origin: string) => (await request.get(`${origin}/opengraph-image`)).body();
    const ours = await image(baseURL!);
    const theirs = await image(server.url);
    expect(theirs.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(theirs.equals(ours)).toBe(false);
  });
});
