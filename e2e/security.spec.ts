import type { APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { watchedPage } from "./watch";
import { loadPublication } from "../lib/release/load";

const data = loadDataset();
const issue = data.issues[0]!;
const source = data.sources[0]!;

/** Every kind of page, with the status it must answer. */
const PAGES = [
  { kind: "matrix", path: "/", status: 200 },
  { kind: "timeline", path: "/timeline", status: 200 },
  { kind: "sources list", path: "/sources", status: 200 },
  { kind: "about", path: "/about", status: 200 },
  { kind: "what changed", path: "/changes", status: 200 },
  { kind: "issue page", path: `/issues/${issue.slug}`, status: 200 },
  { kind: "source reader", path: `/sources/${source.id}`, status: 200 },
  { kind: "404 page", path: "/no-such-page", status: 404 },
  { kind: "unknown issue", path: "/issues/no-such-issue", status: 404 },
  { kind: "404 under /embed/", path: "/embed/issues/no-such-issue", status: 404 },
];

/** Route handlers and files. */
const FILES = [
  { kind: "JSON export", path: "/export/data.json", type: /json/ },
  { kind: "CSV export", path: "/export/matrix.csv", type: /csv/ },
  { kind: "issue index", path: "/issues/index.json", type: /json/ },
  { kind: "sitemap", path: "/sitemap.xml", type: /xml/ },
  { kind: "Atom feed", path: "/changes.atom", type: /atom\+xml/ },
  { kind: "dataset zip", path: `/export/positions-matrix-${loadPublication().edition.release!.version}.zip`, type: /zip/ },
  { kind: "icon", path: "/icon.svg", type: /svg/ },
  // Browsers ask for it where a page has not named its icon yet: the same icon, not a 404.
  { kind: "favicon", path: "/favicon.ico", type: /svg/ },
];

function cspOf(response: APIResponse): Map<string, string> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  );
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = cspOf(response);
  expect(csp.size, `${what}: a Content-Security-Policy`).toBeGreaterThan(0);
  expect(headers["content-security-policy"], `${what}: no unsafe-eval`).not.toContain("unsafe-eval");
  expect(csp.get("frame-ancestors"), what).toBe("frame-ancestors 'none'");
  expect(csp.get("object-src"), what).toBe("object-src 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBeTruthy();
  expect(headers["permissions-policy"], what).toBeTruthy();
}

test.describe("security headers", () => {
  for (const { kind, path, status } of PAGES) {
    test(`the ${kind} (${path}) carries them, with scripts allowed only by hash or nonce`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expectSecurityHeaders(response, path);
      const scripts = cspOf(response).get("script-src") ?? "";
      expect(scripts).not.toContain("unsafe-inline");
      expect(scripts).toMatch(/'(nonce|sha256)-/);
    });
  }

  for (const { kind, path, type } of FILES) {
    test(`the ${kind} (${path}) carries them and still works`, async ({ request }) => {
      const response = await request.get(path);
      expectSecurityHeaders(response, path);
      // A file's policy is the fixed one of next.config.ts: it never passes through the proxy.
      expect(cspOf(response).get("script-src"), path).toBe("script-src 'self'");
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toMatch(type);
      const body = await response.body();
      expect(body.length).toBeGreaterThan(0);
      if (type.test("json")) expect(() => JSON.parse(body.toString("utf8"))).not.toThrow();
    });
  }

  test("static chunks and Open Graph images carry them too", async ({ context, request }) => {
    const { page } = await watchedPage(context);
    await page.goto("/");
    const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    expect(chunk).toBeTruthy();
    const chunkResponse = await request.get(chunk!);
    expect(chunkResponse.status()).toBe(200);
    expectSecurityHeaders(chunkResponse, chunk!);

    for (const path of [`/issues/${issue.slug}`, "/"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      const image = await page.evaluate(() => document.querySelector("meta[property='og:image']")?.getAttribute("content") ?? null);
      expect(image, `${path}: an Open Graph image`).toBeTruthy();
      if (!image) continue;
      const imageResponse = await request.get(new URL(image).pathname + new URL(image).search);
      expect(imageResponse.status(), image).toBe(200);
      expect(imageResponse.headers()["content-type"]).toMatch(/^image\//);
      expectSecurityHeaders(imageResponse, image);
    }
  });
});

test.describe("pages under the policy", () => {
  // One page visits every kind in turn (each load starts its own record of violations).
  test("every kind of page runs its scripts with no CSP violation", async ({ context }) => {
    test.setTimeout(30_000 + PAGES.length * 10_000);
    const { page, problems, violations } = await watchedPage(context);
    for (const { kind, path, status } of PAGES) {
      expect((await page.goto(path))?.status(), path).toBe(status);
      // Next's client runtime sets window.next once its scripts have run.
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), path).toBe("string");
      await expect(page.getByRole("main"), path).toBeVisible();
      expect(await violations(), `the ${kind} (${path})`).toEqual([]);
      expect(problems, `the ${kind} (${path})`).toEqual([]);
    }
  });

  test("moving between pages in the browser stays within the policy", async ({ context }) => {
    const { page, problems, violations } = await watchedPage(context);
    await page.goto("/");
    const links = page.getByRole("navigation").first().getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(1);
    // Visit each in turn, then come back: every move is a client-side navigation.
    for (const href of [...hrefs.slice(1), hrefs[0]!]) {
      await page.getByRole("navigation").first().locator(`a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(new URL(href, page.url()).href);
      await expect(page.getByRole("main")).toBeVisible();
    }
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("an injected inline script or event handler does not run", async ({ context }) => {
    const { page, violations } = await watchedPage(context);
    await page.goto("/");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = 'script'";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__injected = 'handler'");
      img.src = "/no-such-image.png";
      document.body.append(img);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-(elem|attr) inline$/));
    await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });
});

test.describe("HTTP edges", () => {
  test("a page answers only GET and HEAD: any other method gets 405 with Allow", async ({ request }) => {
    for (const path of ["/", "/about", `/issues/${issue.slug}`, `/embed/issues/${issue.slug}`, "/?q=x"])
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD");
        expectSecurityHeaders(response, `${method} ${path}`);
      }
  });

  test("only a card the build made may be framed", async ({ request }) => {
    const card = await request.get(`/embed/issues/${issue.slug}`);
    expect(card.status()).toBe(200);
    expect(cspOf(card).get("frame-ancestors")).toBe("frame-ancestors *");
    expect(card.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/embed/issues/no-such-issue", "/embed/anything", "/embed/issues", "/EMBED/issues/" + issue.slug]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(cspOf(response).get("frame-ancestors"), path).toBe("frame-ancestors 'none'");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test("other sites may load only what is made for them (Cross-Origin-Resource-Policy)", async ({ request }) => {
    for (const path of ["/", "/about", "/export/matrix.csv", "/issues/no-such-issue"])
      expect((await request.get(path)).headers()["cross-origin-resource-policy"], path).toBe("same-origin");
    for (const path of [`/embed/issues/${issue.slug}`, "/opengraph-image", `/issues/${issue.slug}/opengraph-image`])
      expect((await request.get(path)).headers()["cross-origin-resource-policy"], path).toBe("cross-origin");
  });
});
