import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp";
import { scriptHashLookup } from "./prerendered-scripts";

let appDir = "";
beforeEach(() => {
  appDir = mkdtempSync(path.join(tmpdir(), "prerendered-"));
  mkdirSync(path.join(appDir, "issues"));
  writeFileSync(path.join(appDir, "index.html"), "<script>home()</script>");
  writeFileSync(path.join(appDir, "issues", "crimea.html"), "<script>issue()</script>");
  writeFileSync(path.join(appDir, "_not-found.html"), "<script>missing()</script>");
});
afterEach(() => rmSync(appDir, { recursive: true, force: true }));

const hashOf = (script: string) => inlineScriptHashes(`<script>${script}</script>`);

describe("scriptHashLookup", () => {
  it("gives the hashes of the page prerendered for the path", () => {
    const lookup = scriptHashLookup(appDir);
    expect(lookup("/")).toEqual(hashOf("home()"));
    expect(lookup("/issues/crimea")).toEqual(hashOf("issue()"));
  });

  it("falls back to the prerendered 404 page for unknown and malformed paths", () => {
    const lookup = scriptHashLookup(appDir);
    expect(lookup("/issues/nope")).toEqual(hashOf("missing()"));
    expect(lookup("/%E0%A4%A")).toEqual(hashOf("missing()"));
    expect(lookup("/issues")).toEqual(hashOf("missing()"));
  });

  it("re-reads a page written again after it was first read", () => {
    const lookup = scriptHashLookup(appDir);
    expect(lookup("/")).toEqual(hashOf("home()"));
    const file = path.join(appDir, "index.html");
    writeFileSync(file, "<script>rebuilt()</script>");
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(lookup("/")).toEqual(hashOf("rebuilt()"));
  });

  it("gives no hashes when there is no build", () => {
    expect(scriptHashLookup(path.join(appDir, "absent"))("/")).toEqual([]);
  });
});
