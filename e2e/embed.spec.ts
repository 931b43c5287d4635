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
import { STANCE_INFO } from "../lib/data/vocab";
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
    expect(await card.text(), "no script at all").not.toMatch(/<script/i);
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
      await expect(item).toContainText(squash(cell.summary));
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

test("the card passes axe's checks, light and dark", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/embed/issues/${issue.slug}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), colorScheme).toEqual([]);
    await context.close();
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
  const narrow = (await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/embed/issues/${issue.slug}`)}&maxwidth=320&maxheight=300`)).json()) as { width: number; height: number };
  expect(narrow.width).toBeLessThanOrEqual(320);
  expect(narrow.height).toBeLessThanOrEqual(300);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/${issue.slug}`)}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/issues/no-such-issue`)}`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${encodeURIComponent("<script>")}`)).status()).toBe(404);
  expect((await request.get("/oembed")).status()).toBe(400);
});
