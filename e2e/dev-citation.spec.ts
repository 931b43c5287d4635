/** The maintainers' "cite a passage by selecting it" is for `npm run dev` only: the production build has none of it. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./fixtures";
import { loadDataset } from "../lib/load/load";

const data = loadDataset();
const source = data.sources[0]!;
const PANEL = "Citation for the selected passage";
const FORM = "Code a cell with this passage";

test("selecting text in the source reader offers no citation, and no script of the build holds the picker", async ({ page }) => {
  await page.goto(`/sources/${source.id}`);
  const paragraph = page.locator("[data-start]").nth(2);
  await paragraph.selectText();
  await page.mouse.up();
  await expect(page.getByRole("complementary", { name: PANEL })).toHaveCount(0);

  const chunks = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "static", "chunks");
  const files = readdirSync(chunks, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => readFileSync(path.join(chunks, f), "utf8").includes(PANEL) || readFileSync(path.join(chunks, f), "utf8").includes(FORM))).toEqual([]);
});

test("the route that writes a coded citation answers 404 in the production build, and its writer is not in the build", async ({ request }) => {
  const citation = { source: source.id, quote: source.text.slice(0, 40), kind: "reporting" };
  const response = await request.post("/dev/code-cell", { data: { issue: data.issues[0]!.slug, position: data.positions[0]!.slug, citation } });
  // No such route in production: the proxy refuses the method on a page (405) or Next.js finds nothing (404).
  expect([404, 405]).toContain(response.status());
  const server = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "server");
  // A route may be named like a file (app/embed/card.js is a folder): only files are read.
  const files = readdirSync(server, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js") && statSync(path.join(server, f)).isFile());
  expect(files.length).toBeGreaterThan(0);
  // The writer's refusal sentences would be in the server bundle had the development branch been kept.
  expect(files.filter((f) => readFileSync(path.join(server, f), "utf8").includes("says the sources are silent: choose the stance"))).toEqual([]);
});
