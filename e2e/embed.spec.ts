/**
 * A journalist embeds an issue's card: the card's HTML and headers, framing from another site,
 * the "Embed" code on the issue page, and oEmbed discovery.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";
import { shownSummary, STANCE_INFO } from "../lib/data/vocab";
import { loadPublication } from "../lib/release/load";
import { squash } from "./matrix-helpers";

const data = loadDataset();
const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.citations.length > 1)) ?? data.issues[0]!;

function csp(response: APIResponse): Map<string, string> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(header.split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as const));
}

test("every card may be framed by any site, and keeps the site's policy otherwise", async ({ request }) => {
  const page = await request.get(`/issues/${issue.slug}`);
  for (const i of data.issues) {
    const card = await request.get(`/embed/issues/${i.slug}`);
    expect(card.status(), i.slug).toBe(200);
    expect(card.headers()["content-type"]).toMatch(/^text\/html/);
    expect(card.headers()["x-frame-options"], i.slug).toBeUndefined();
    const policy = csp(card);
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors *");
    // Every other directive as on the issue page (scripts aside: each page lists its own).
    for (const [name, directive] of csp(page)) if (name !== "frame-ancestors" && name !== "script-src") expect(policy.get(name), name).toBe(directive);
    // One script, the card's own file (its theme and height): nothing inline, and the policy allows no inline script.
    expect((await card.text()).match(/<script\b[^>]*>[^<]*<\/script>/gi), i.slug).toEqual(['<script src="/embed/card.js"></script>']);
    expect(policy.get("script-src")).not.toContain("unsafe-inline");
  }
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(csp(page).get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect((await request.get("/embed/issues/no-such-issue")).status()).toBe(404);
});

test.describe("the card, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("shows each position's stance, summary, evidence strength and citations, the edition, and links back to the issue", async ({ page }) => {
    await page.goto(`/embed/issues/${issue.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(issue.title);
    const items = page.getByRole("list", { name: "The positions" }).getByRole("listitem");
    await expect(items).toHaveCount(data.positions.length);
    for (const [n, p] of data.positions.entries()) {
      const cell = issue.cells[p.slug]!;
      const item = items.nth(n);
      await expect(item).toContainText(p.label);
      await expect(item).toContainText(STANCE_INFO[cell.stance].label);
      await expect(item).toContainText(squash(shownSummary(cell.summary)));
      if (cell.stance !== "not-addressed") {
        const n = cell.strength.citations;
        await expect(item).toContainText(cell.strength.label);
        await expect(item).toContainText(`${n} citation${n === 1 ? "" : "s"}`);
      }
    }
    const { release } = loadPublication().edition;
    if (release) await expect(page.getByText(`version ${release.version}`)).toBeVisible();
    const back = page.getByRole("link", { name: /full issue page/ });
    await expect(back).toHaveAttribute("href", `/issues/${issue.slug}`);
    await expect(back).toHaveAttribute("target", "_blank");
  });
});

/** The card's background colour, as the browser paints it. */
const background = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the card passes axe's checks in each theme, and is light unless its address asks", async ({ browser }) => {
  const cases = [
    { colorScheme: "light", theme: "", dark: false },
    { colorScheme: "dark", theme: "", dark: false },
    { colorScheme: "light", theme: "?theme=dark", dark: true },
    { colorScheme: "dark", theme: "?theme=auto", dark: true },
    { colorScheme: "light", theme: "?theme=auto", dark: false },
  ] as const;
  for (const { colorScheme, theme, dark } of cases) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/embed/issues/${issue.slug}${theme}`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme ? theme.slice("?theme=".length) : "light");
    expect(await background(page), `${colorScheme} ${theme}`).toBe(dark ? "rgb(15, 23, 42)" : "rgb(255, 255, 255)");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${colorScheme} ${theme}`).toEqual([]);
    await context.close();
  }
});

test("a host script that loads after the card has posted its height still fits the frame: it asks the card", async ({ browser, request, baseURL }) => {
  const oembed = (await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/${issue.slug}`)}&maxwidth=340`)).json()) as { html: string };
  const hostScript = /<script async src="([^"]+)"><\/script>/.exec(oembed.html)![1]!;
  // The embed code without its host script, which the test adds only once the card has spoken.
  const story = `<!DOCTYPE html><title>Story</title><script>window.heights=[];addEventListener("message",function(e){if(e.data&&e.data.type==="positions-matrix:height")heights.push(e.data.height)})</script><div style="width:340px">${oembed.html.replace(/<script[^>]*><\/script>/, "")}</div>`;
  const host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(story));
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/story`);
    const frame = page.frameLocator("iframe");
    const cardHeight = await frame.locator("article").evaluate((a) => Math.ceil(a.getBoundingClientRect().height));
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))).toBe(cardHeight);
    // The card has said its height and will not say it again unasked; the frame is some other height.
    await page.locator("iframe").evaluate((f) => ((f as HTMLIFrameElement).style.height = "100px"));
    await page.addScriptTag({ url: hostScript.replace(/^https?:\/\/[^/]+/, baseURL!) });
    await expect.poll(() => page.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).toBe(cardHeight);
  } finally {
    await context.close();
    host.close();
  }
});

test("a host page with the embed code hears the card's height and fits the frame to it, in a narrow column", async ({ browser, request, baseURL }) => {
  const oembed = (await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/${issue.slug}`)}&maxwidth=340`)).json()) as { html: string; height: number };
  // The host page records every height message it receives, as any listener would.
  const story = `<!DOCTYPE html><title>Story</title><script>window.heights=[];addEventListener("message",function(e){if(e.data&&e.data.type==="positions-matrix:height")heights.push(e.data.height)})</script><div style="width:340px">${oembed.html}</div>`;
  const host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(story));
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/story`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    const frame = page.frameLocator("iframe");
    const cardHeight = await frame.locator("article").evaluate((a) => Math.ceil(a.getBoundingClientRect().height));
    // The last message gives the card's height, the host script set the frame to it, and nothing scrolls inside.
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))).toBe(cardHeight);
    await expect.poll(() => page.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).toBe(cardHeight);
    expect(await frame.locator("html").evaluate((h) => h.scrollHeight - h.clientHeight)).toBeLessThanOrEqual(0);
    expect(await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().width)).toBe(340);
  } finally {
    await context.close();
    host.close();
  }
});

test("another site can frame the card, but not the issue page", async ({ browser, baseURL }) => {
  // A page of another origin embedding both, served from loopback (as the app is: Chromium lets
  // no public page frame a loopback address at all).
  const story = `<!DOCTYPE html><title>Story</title><iframe name="card" src="${baseURL}/embed/issues/${issue.slug}"></iframe><iframe name="page" src="${baseURL}/issues/${issue.slug}"></iframe>`;
  const host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(story));
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  // Its own page: the one console error expected is the browser refusing the issue page.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/story`);
    const card = page.frameLocator("iframe[name=card]");
    await expect(card.getByRole("heading", { level: 1 })).toHaveText(issue.title);
    await expect(card.getByRole("list", { name: "The positions" }).getByRole("listitem")).toHaveCount(data.positions.length);
    // The browser refuses to show the issue page framed: its frame gets Chromium's error page.
    await expect.poll(() => page.frames().find((f) => f.name() === "page")?.url()).toMatch(/^chrome-error:/);
    expect(errors).toEqual([expect.stringMatching(/^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/)]);
  } finally {
    await context.close();
    host.close();
  }
});

test("the issue page offers the card's <iframe> code to copy", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/issues/${issue.slug}`);
  await page.getByText("Embed", { exact: true }).click();
  const field = page.getByRole("textbox", { name: "Embed this issue on your site" });
  await expect(field).toBeVisible();
  const code = await field.inputValue();
  expect(code).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/issues/${issue.slug}" title="[^"]+" width="\\d+" height="\\d+"`));
  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(page.getByRole("link", { name: "Preview the card" })).toHaveAttribute("href", `/embed/issues/${issue.slug}`);
});

test.describe("the issue page's Embed, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("still opens and shows the code", async ({ page }) => {
    await page.goto(`/issues/${issue.slug}`);
    await page.getByText("Embed", { exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Embed this issue on your site" })).toHaveValue(/^<iframe src="[^"]+\/embed\/issues\//);
  });
});

test("content systems find the card through the page's oEmbed link", async ({ page, request, baseURL }) => {
  await page.goto(`/issues/${issue.slug}`);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  const endpoint = new URL(href!);
  expect(endpoint.searchParams.get("url")).toBe(`${baseURL}/issues/${issue.slug}`);
  const answer = await request.get(endpoint.pathname + endpoint.search);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toMatch(/json/);
  const body = (await answer.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Positions Matrix", title: issue.title });
  expect(body.html).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/issues/${issue.slug}"[^>]* width="${body.width}" height="${body.height}"`));

  // The card's own address works too; limits are kept; other formats and addresses are refused.
  const ask = async (query: string) =>
    (await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/embed/issues/${issue.slug}`)}${query}`)).json()) as { width: number; height: number; html: string };
  const wide = await ask("");
  const narrow = await ask("&maxwidth=320");
  // A narrower card wraps its lines: its height is computed for the width, not clipped from the wide one.
  expect(narrow.width).toBe(320);
  expect(narrow.height).toBeGreaterThan(wide.height);
  expect(narrow.html).toContain(`width="320" height="${narrow.height}"`);
  const capped = await ask("&maxwidth=320&maxheight=300");
  expect([capped.width, capped.height]).toEqual([320, 300]);
  expect((await ask("&theme=dark")).html).toContain(`src="${baseURL}/embed/issues/${issue.slug}?theme=dark"`);
  expect(wide.html).toContain(`<script async src="${baseURL}/embed/host.js"></script>`);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/${issue.slug}`)}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/no-such-issue`)}`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${encodeURIComponent("<script>")}`)).status()).toBe(404);
  expect((await request.get("/oembed")).status()).toBe(400);
});
