/**
 * A maintainer grows a matrix for another negotiation, the whole way, in a temporary folder:
 * `npm run new-matrix`, `npm run source:add`, a citation coded in the source reader's form under
 * `npm run dev`, the data check, and the new matrix's pages showing the quote.
 * The real data/ is untouched throughout.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "./fixtures";
import { variant } from "../scripts/variant/build";
import { serveVariantDev } from "../scripts/variant/serve";
import type { Server } from "../scripts/variant/processes";

const DATA = path.join(process.cwd(), "data");
const QUOTE = "Southland will accept an equal share once the new dam is finished.";
const TEXT = `Statement of Southland's foreign minister\n\nAsked about the river talks, the minister said: "${QUOTE}"\n\nShe gave no date for the dam.\n`;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);

/** A hash of every file under data/, to prove that no step wrote there. */
function treeHash(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, name);
    try {
      hash.update(name).update(readFileSync(full));
    } catch {
      hash.update(name); // A folder.
    }
  }
  return hash.digest("hex");
}

const npm = (args: string[], dataDir: string) =>
  spawnSync("npm", ["run", "-s", ...args], { encoding: "utf8", env: { ...process.env, POSITIONS_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] });

test("a new matrix grows from a new source to a cited, highlighted cell, and the real data is untouched", async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const realData = treeHash(DATA);
  const root = mkdtempSync(path.join(os.tmpdir(), "grow-corpus-"));
  const dataDir = path.join(root, "data");
  const servers: Server[] = [];
  try {
    expect(npm(["new-matrix", "--", dataDir], DATA).status).toBe(0);
    const textFile = path.join(root, "southland.txt");
    writeFileSync(textFile, TEXT);
    // Not a terminal: it names what is missing and adds nothing.
    const missing = npm(["source:add", "--", textFile], dataDir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--title/);
    const added = npm(["source:add", "--", textFile, "--id", "southland-minister", "--title", "Statement of Southland's foreign minister", "--publisher", "Southland foreign ministry", "--date", "2025-03-05", "--kind", "own-statement", "--statement-of", "southland"], dataDir);
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);

    const dev = await serveVariantDev(variant("grow-corpus-dev", dataDir), BASE_PORT + 1);
    servers.push(dev);
    // Compiled before the browser needs them: the first compile on a busy machine is slow.
    expect((await fetch(`${dev.url}/dev/code-cell`, { method: "POST", body: "{}" })).status).toBe(400);
    await page.goto(`${dev.url}/sources/southland-minister`, { timeout: 300_000 });
    await expect(page.getByText("Asked about the river talks")).toBeVisible({ timeout: 120_000 });
    const form = page.getByRole("form", { name: "Code a cell with this passage" });
    // The selection opens the form once the page is hydrated, which `next dev` may take a while to
    // reach on a busy machine after the text shows: select again until it listens.
    await expect(async () => {
      await page.evaluate(selectPassage, QUOTE);
      await expect(form).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 120_000 });
    await form.getByLabel("Issue").selectOption({ label: "Sharing the river's water" });
    await form.getByLabel("Position").selectOption({ label: "Southland" });
    await form.getByLabel(/^Stance/).selectOption({ label: "Conditional" });
    await form.getByLabel(/^Summary/).fill("Southland will accept an equal share once the new dam is finished.");

    // Commentary cannot carry a stance: refused, the rule named beside the form, nothing written.
    const issueFile = path.join(dataDir, "issues", "water-sharing.yaml");
    const before = readFileSync(issueFile, "utf8");
    await form.getByLabel("Citation kind").selectOption("commentary");
    await form.getByRole("button", { name: "Write the citation" }).click();
    await expect(form.getByRole("alert")).toContainText("Commentary cannot carry a stance");
    expect(readFileSync(issueFile, "utf8")).toBe(before);

    await form.getByLabel("Citation kind").selectOption("own-words");
    await form.getByLabel(/^Speaker/).fill("Southland's foreign minister");
    await form.getByRole("button", { name: "Write the citation" }).click();
    await expect(form.getByRole("status")).toContainText("water-sharing.yaml");
    expect(readFileSync(issueFile, "utf8").startsWith(before.slice(0, before.indexOf("  - position: southland")))).toBe(true);
    // npm run dev reads the data afresh: the passage is highlighted once the page refreshes.
    await expect(page.locator("mark", { hasText: QUOTE })).toBeVisible({ timeout: 60_000 });

    const check = npm(["check:data"], dataDir);
    expect(check.status, check.stderr).toBe(0);

    // The new matrix's pages, on the same server: a production build of it would add a build
    // (minutes on a busy machine) to what the other variant specs build already, and the build's
    // use of the folder's site.yaml is checked in scripts/site-url-config.test.ts.
    await page.goto(`${dev.url}/issues/water-sharing`, { timeout: 300_000 });
    await expect(page.getByText(QUOTE).first()).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveTitle(/River Talks Matrix/);
    await page.goto(`${dev.url}/about`, { timeout: 300_000 });
    await expect(page.locator("main")).toBeVisible({ timeout: 60_000 });
    await expect(page.locator("body")).not.toContainText(/Ukrain|Russia/);
  } finally {
    // Leave the page first: its live-reload socket and prefetches would fail as the server stops.
    await page.goto("about:blank");
    for (const server of servers) await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
  expect(treeHash(DATA)).toBe(realData);
});

/** Runs in the page: selects the quote in the source text, as a mouse drag would, and lets go. */
function selectPassage(quote: string) {
  const block = [...document.querySelectorAll<HTMLElement>("[data-start]")].find((b) => b.textContent?.includes(quote))!;
  const node = [...block.childNodes].find((n) => n.textContent?.includes(quote))!;
  const range = document.createRange();
  const at = node.textContent!.indexOf(quote);
  range.setStart(node, at);
  range.setEnd(node, at + quote.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
}
