/**
 * Pinned pages (/v/<version>/…): each release as it read, never changing; the citation meta tags
 * reference managers read; the read API, the Web Annotations and the feeds as served. The proof
 * that a pinned page never changes: a variant of the data records one more release that changes a
 * cell, and the pinned pages of the real releases read the same in both builds.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { STANCE_INFO } from "../lib/data/vocab";
import { loadPublication } from "../lib/release/load";
import type { Server } from "../scripts/variant/processes";
import { serveVariant } from "../scripts/variant/serve";
import { changed, releasesVariant } from "./release-variant";

const { releases, data } = loadPublication();
const first = releases[0]!;
const latest = releases.at(-1)!;
const issueOf = (release: typeof first) => Object.keys(release.snapshot.issues)[0]!;

/**
 * What a pinned page says, less its banner, the "Cite this" dialog and the Embed panel: the part
 * that must never change. (Both offer the latest release too, and name the site's address.)
 */
async function pinnedContent(page: Page, url: string): Promise<string> {
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelector('aside[aria-label="Pinned version"]')?.remove();
    copy.querySelectorAll("dialog, details.embed-offer").forEach((d) => d.remove());
    return copy.innerHTML;
  });
}

test.describe("pinned pages of the real releases", () => {
  test("the first release's issue page shows its snapshot, with a banner naming the version and linking onward", async ({ page }) => {
    const slug = issueOf(first);
    await page.goto(`/v/${first.version}/issues/${slug}`);
    const banner = page.getByRole("complementary", { name: "Pinned version" });
    await expect(banner).toContainText(`Version ${first.version}`);
    await expect(banner.getByRole("link", { name: "what changed since" })).toHaveAttribute("href", `/changes#v${releases[1]!.version}`);
    await expect(banner.getByRole("link", { name: "Read the current page." })).toHaveAttribute("href", `/issues/${data.issues.find((i) => i.slug === slug || i.aliases.includes(slug))!.slug}`);
    for (const [position, cell] of Object.entries(first.snapshot.issues[slug]!.cells))
      await expect(page.locator(`[id="${position}"]`)).toContainText(STANCE_INFO[cell.stance].label);
  });

  test("the pinned matrix lists every issue of the release and loads no script a plain page does not", async ({ page }) => {
    const loaded = async (path: string) => {
      const scripts = new Set<string>();
      const seen = (r: { resourceType(): string; url(): string }) => r.resourceType() === "script" && scripts.add(new URL(r.url()).pathname);
      page.on("request", seen);
      await page.goto(path, { waitUntil: "networkidle" });
      page.off("request", seen);
      return scripts;
    };
    const pinned = await loaded(`/v/${latest.version}`);
    await expect(page.getByRole("complementary", { name: "Pinned version" })).toContainText("It is the latest release");
    await expect(page.locator("tbody tr")).toHaveCount(Object.keys(latest.snapshot.issues).length);
    const plain = await loaded("/about");
    expect([...pinned].filter((s) => !plain.has(s))).toEqual([]);
  });

  test("a pinned source page lists the passages the release cites from it", async ({ page }) => {
    const id = Object.keys(first.snapshot.sources)[0]!;
    await page.goto(`/v/${first.version}/sources/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.snapshot.sources[id]!);
    await expect(page.locator("blockquote").first()).toBeVisible();
  });

  test("an unknown version is a 404", async ({ request }) => {
    expect((await request.get("/v/1999.01.1/")).status()).toBe(404);
    expect((await request.get(`/v/${first.version}/issues/no-such-issue`)).status()).toBe(404);
  });

  test("Cite this offers this version, at its pinned page, or the latest", async ({ page }) => {
    const slug = issueOf(first);
    await page.goto(`/v/${first.version}/issues/${slug}`);
    await page.getByRole("button", { name: `Cite this: “${first.snapshot.issues[slug]!.title}”` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.locator("pre").first()).toContainText(`/v/${first.version}/issues/${slug}`);
    await dialog.getByRole("radio", { name: /The latest/ }).check();
    await expect(dialog.locator("pre").first()).toContainText(latest.version);
    await expect(dialog.locator("pre").first()).not.toContainText("/v/");
  });

  test("issue, source and pinned pages carry citation meta tags", async ({ page }) => {
    const issue = data.issues[0]!;
    for (const [path, title] of [
      [`/issues/${issue.slug}`, issue.title],
      [`/sources/${data.sources[0]!.id}`, data.sources[0]!.title],
      [`/v/${first.version}/issues/${issueOf(first)}`, first.snapshot.issues[issueOf(first)]!.title],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", title);
      await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute("content", new RegExp(`${path.replace(/\./g, "\\.")}$`));
      await expect(page.locator('meta[name="DC.title"]')).toHaveAttribute("content", title);
    }
  });
});

test.describe("a release's embeddable card", () => {
  const slug = issueOf(latest);
  const cardPath = (version: string, issue: string) => `/embed/v/${version}/issues/${issue}`;

  test("every issue of every release has a card that any site may frame, naming its version; other addresses are 404s no one may frame", async ({ request }) => {
    for (const release of releases)
      for (const issue of Object.keys(release.snapshot.issues)) {
        const card = await request.get(cardPath(release.version, issue));
        expect(card.status(), `${release.version} ${issue}`).toBe(200);
        expect(card.headers()["x-frame-options"]).toBeUndefined();
        expect(card.headers()["content-security-policy"]).toContain("frame-ancestors *");
        const html = await card.text();
        expect(html).toContain(`Version ${release.version}</p>`);
        expect(html).toContain(`href="/v/${release.version}/issues/${issue}"`);
      }
    for (const path of [cardPath("1999.01.1", slug), cardPath(latest.version, "no-such-issue")]) {
      const missing = await request.get(path);
      expect(missing.status(), path).toBe(404);
      expect(missing.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("shows the release's stances and summaries, as its pinned page does", async ({ page }) => {
      await page.goto(cardPath(first.version, issueOf(first)));
      const recorded = first.snapshot.issues[issueOf(first)]!;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(recorded.title);
      const items = page.getByRole("list", { name: "The positions" }).getByRole("listitem");
      await expect(items).toHaveCount(Object.keys(first.snapshot.positions).length);
      for (const [n, [position, label]] of Object.entries(first.snapshot.positions).entries()) {
        const cell = recorded.cells[position];
        await expect(items.nth(n)).toContainText(label);
        await expect(items.nth(n)).toContainText(STANCE_INFO[cell?.stance ?? "not-addressed"].label);
      }
    });

    test("the issue page's Embed offers the latest card or this version's, switching the code without script", async ({ page }) => {
      await page.goto(`/issues/${slug}`);
      await page.getByText("Embed", { exact: true }).click();
      const field = page.getByRole("textbox", { name: "Embed this issue on your site" });
      await expect(field).toHaveValue(new RegExp(`^<iframe src="[^"]+/embed/issues/${slug}"`));
      await page.getByRole("radio", { name: new RegExp(`Version ${latest.version}`) }).check();
      await expect(field).toHaveValue(new RegExp(`^<iframe src="[^"]+/embed/v/${latest.version}/issues/${slug}" title="[^"]+ at version ${latest.version}`));
      await expect(page.getByRole("link", { name: "Preview the card" })).toHaveAttribute("href", cardPath(latest.version, slug));
      await page.getByRole("radio", { name: /The latest/ }).check();
      await expect(field).toHaveValue(new RegExp(`/embed/issues/${slug}"`));
    });
  });

  test("a pinned issue page offers its own version's card first, and the latest", async ({ page }) => {
    const old = issueOf(first);
    await page.goto(`/v/${first.version}/issues/${old}`);
    await page.getByText("Embed", { exact: true }).click();
    await expect(page.getByRole("radio", { name: new RegExp(`Version ${first.version}`) })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Embed this issue on your site" })).toHaveValue(new RegExp(`/embed/v/${first.version}/issues/${old}"`));
    await page.getByRole("radio", { name: /The latest/ }).check();
    await expect(page.getByRole("textbox", { name: "Embed this issue on your site" })).toHaveValue(/\/embed\/issues\//);
  });

  test("oEmbed answers for a pinned page, found through its discovery link, with that version's card", async ({ page, request, baseURL }) => {
    const pinnedPage = `/v/${first.version}/issues/${issueOf(first)}`;
    await page.goto(pinnedPage);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    const endpoint = new URL(href!);
    expect(endpoint.searchParams.get("url")).toBe(`${baseURL}${pinnedPage}`);
    const answer = await request.get(endpoint.pathname + endpoint.search);
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { html: string; url: string; title: string };
    expect(body.html).toMatch(new RegExp(`^<iframe src="${baseURL}${cardPath(first.version, issueOf(first))}"`));
    expect(body.url).toBe(`${baseURL}${pinnedPage}`);
    expect(body.title).toBe(first.snapshot.issues[issueOf(first)]!.title);
    const ofCard = await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}${cardPath(first.version, issueOf(first))}`)}`);
    expect(((await ofCard.json()) as { url: string }).url).toBe(body.url);
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/v/1999.01.1/issues/${issueOf(first)}`)}`)).status()).toBe(404);
  });
});

test.describe("the read API, annotations and feeds as served", () => {
  test("the index links every issue's file, which names its edition", async ({ request }) => {
    const index = await (await request.get("/api/v1/index.json")).json();
    expect(index.edition.version).toBe(latest.version);
    expect(index.issues).toHaveLength(data.issues.length);
    const issue = await request.get(new URL(index.issues[0].api).pathname);
    expect(issue.headers()["content-type"]).toContain("application/json");
    expect((await issue.json()).issue.slug).toBe(index.issues[0].slug);
    expect((await request.get("/api/v1/issues/no-such-issue.json")).status()).toBe(404);
    expect((await (await request.get("/api/v1/openapi.json")).json()).openapi).toMatch(/^3\.1/);
  });

  test("the annotations, the JSON Feed and an issue's feeds are served", async ({ request }) => {
    const annotations = await request.get("/export/annotations.jsonld");
    expect(annotations.headers()["content-type"]).toContain("application/ld+json");
    expect((await annotations.json()).type).toBe("AnnotationCollection");
    expect((await (await request.get("/changes.json")).json()).items).toHaveLength(releases.length);
    expect((await request.get(`/issues/${data.issues[0]!.slug}/feed.atom`)).headers()["content-type"]).toContain("application/atom+xml");
    expect((await request.get(`/issues/${data.issues[0]!.slug}/feed.json`)).status()).toBe(200);
  });
});

test.describe("a pinned page after a later release", () => {
  test.describe.configure({ mode: "serial" });
  let server: Server;
  const { v, version } = releasesVariant();

  test.beforeAll(async () => {
    // Variant builds take turns (scripts/variant/build.ts): this one may wait for others first.
    test.setTimeout(900_000);
    server = await serveVariant(v);
  });
  test.afterAll(async () => server?.stop());

  test("reads the same as before the release, while the current page and the new pinned page change", async ({ page }) => {
    const slug = changed.issue.slug;
    for (const release of releases) {
      if (!release.snapshot.issues[slug]) continue;
      const path = `/v/${release.version}/issues/${slug}`;
      expect(await pinnedContent(page, `${server.url}${path}`), path).toBe(await pinnedContent(page, path));
    }
    expect(await pinnedContent(page, `${server.url}/v/${latest.version}`)).toBe(await pinnedContent(page, `/v/${latest.version}`));
    // The banner of the old release now points at the new one; the new release's page has the change.
    await page.goto(`${server.url}/v/${latest.version}/issues/${slug}`);
    await expect(page.getByRole("complementary", { name: "Pinned version" })).toContainText("1 release made 1 change");
    await page.goto(`${server.url}/v/${version}/issues/${slug}`);
    await expect(page.locator(`[id="${changed.position.slug}"]`)).toContainText(STANCE_INFO[changed.after].label);
    await page.goto(`/v/${latest.version}/issues/${slug}`);
    await expect(page.locator(`[id="${changed.position.slug}"]`)).toContainText(STANCE_INFO[changed.before].label);
  });
});
