import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp";
import { strongEtag } from "./etag";
import { computeScriptHashes, readScriptHashes, writeScriptHashes } from "./prerendered-scripts";

let distDir = "";
beforeEach(() => {
  distDir = mkdtempSync(path.join(tmpdir(), "prerendered-"));
  const appDir = path.join(distDir, "server", "app");
  mkdirSync(path.join(appDir, "issues"), { recursive: true });
  writeFileSync(path.join(appDir, "index.html"), "<script>home()</script>");
  writeFileSync(path.join(appDir, "issues", "crimea.html"), "<script>issue()</script>");
  writeFileSync(path.join(appDir, "_not-found.html"), "<script>missing()</script>");
  mkdirSync(path.join(appDir, "export"), { recursive: true });
  writeFileSync(path.join(appDir, "export", "matrix.csv.body"), "a,b\n1,2\n");
  const routes = { "/": {}, "/issues/crimea": {}, "/export/matrix.csv": {} };
  writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ routes }));
});
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

const hashOf = (script: string) => inlineScriptHashes(`<script>${script}</script>`);

describe("computeScriptHashes", () => {
  it("gives each prerendered route its page's hashes, and a file none", () => {
    const { pages, notFound } = computeScriptHashes(distDir);
    expect(pages).toEqual({ "/": hashOf("home()"), "/issues/crimea": hashOf("issue()"), "/export/matrix.csv": [] });
    expect(notFound).toEqual(hashOf("missing()"));
  });

  it("tags each page by its HTML and each route handler's file by its bytes", () => {
    expect(computeScriptHashes(distDir).etags).toEqual({
      "/": strongEtag("<script>home()</script>"),
      "/issues/crimea": strongEtag("<script>issue()</script>"),
      "/export/matrix.csv": strongEtag("a,b\n1,2\n"),
    });
  });
});

describe("readScriptHashes", () => {
  it("reads the file written after the build, and no file after that", () => {
    writeScriptHashes(distDir);
    const read = readScriptHashes(distDir)!;
    // Later changes to the build's HTML are not read again: the lookup is the file's.
    writeFileSync(path.join(distDir, "server", "app", "index.html"), "<script>changed()</script>");
    expect(read.lookup("/")).toEqual(hashOf("home()"));
    expect(read.notFound).toEqual(hashOf("missing()"));
    writeFileSync(path.join(distDir, "server", "app", "export", "matrix.csv.body"), "changed");
    expect(read.etag("/export/matrix.csv")).toBe(strongEtag("a,b\n1,2\n"));
    expect(read.etag("/")).toBe(strongEtag("<script>home()</script>"));
  });

  it("finds nothing for a path the build did not prerender, whatever its name", () => {
    writeScriptHashes(distDir);
    const { lookup, etag } = readScriptHashes(distDir)!;
    for (const p of ["/issues/nope", "/__proto__", "/constructor", "/%E0%A4%A"]) {
      expect(lookup(p), p).toBeNull();
      expect(etag(p), p).toBeNull();
    }
  });

  it("is null without a build (the development server)", () => {
    expect(readScriptHashes(path.join(distDir, "nowhere"))).toBeNull();
  });
});
