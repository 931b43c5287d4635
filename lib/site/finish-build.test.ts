import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, HINT_MIN_BYTES } from "./compile-hints";
import { inlineScriptHashes } from "./csp";
import { finishBuild } from "./finish-build";
import { SCRIPT_HASHES_FILE } from "./prerendered-scripts";

let distDir = "";
beforeEach(() => {
  distDir = mkdtempSync(path.join(tmpdir(), "finish-build-"));
  mkdirSync(path.join(distDir, "server", "app"), { recursive: true });
  mkdirSync(path.join(distDir, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(distDir, "server", "app", "index.html"), '<script src="/_next/static/chunks/app.js" async=""></script><script>home()</script>');
  writeFileSync(path.join(distDir, "static", "chunks", "app.js"), "x".repeat(HINT_MIN_BYTES));
  writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ routes: { "/": {} } }));
});
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

describe("finishBuild", () => {
  it("hints the startup scripts and writes the script hashes, in the build's own folder", () => {
    const { hinted, pages } = finishBuild(distDir);
    expect(hinted).toEqual(["static/chunks/app.js"]);
    expect(readFileSync(path.join(distDir, "static", "chunks", "app.js"), "utf8").startsWith(COMPILE_HINT)).toBe(true);
    expect(pages["/"]).toEqual(inlineScriptHashes("<script>home()</script>"));
    expect(existsSync(path.join(distDir, SCRIPT_HASHES_FILE))).toBe(true);
  });
});
