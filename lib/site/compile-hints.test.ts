import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, HINT_MIN_BYTES, hintStartupScripts, startupScripts, withCompileHint } from "./compile-hints";

describe("startupScripts", () => {
  it("lists the scripts a page loads at start, once each, and not the legacy polyfills", () => {
    const html =
      '<head><script src="/_next/static/chunks/a.js" async=""></script><link rel="preload" as="script" href="/_next/static/chunks/p.js"/>' +
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
      '<body><script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script>self.__next_f.push([1,"static/chunks/lazy.js"])</script></body>';
    expect(startupScripts(html)).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
  });
});

describe("withCompileHint", () => {
  it("puts the hint at the top of a script once", () => {
    const once = withCompileHint("(globalThis.TURBOPACK||[]).push([])");
    expect(once).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([])`);
    expect(withCompileHint(once)).toBe(once);
  });
});

describe("hintStartupScripts", () => {
  let distDir = "";
  const chunk = (name: string) => path.join(distDir, "static", "chunks", name);
  const big = "x".repeat(HINT_MIN_BYTES);
  beforeEach(() => {
    distDir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(distDir, "server", "app", "issues"), { recursive: true });
    mkdirSync(path.join(distDir, "static", "chunks"), { recursive: true });
    const page = (scripts: string[]) => scripts.map((s) => `<script src="/_next/static/chunks/${s}" async=""></script>`).join("");
    writeFileSync(path.join(distDir, "server", "app", "index.html"), page(["framework.js", "small.js"]));
    writeFileSync(path.join(distDir, "server", "app", "issues", "crimea.html"), page(["framework.js", "issue.js"]));
    for (const name of ["framework.js", "issue.js", "lazy.js"]) writeFileSync(chunk(name), big);
    writeFileSync(chunk("small.js"), "small()");
  });
  afterEach(() => rmSync(distDir, { recursive: true, force: true }));

  it("hints the large startup scripts of every page, in nested folders too, and no other script", () => {
    expect(hintStartupScripts(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/issue.js"]);
    expect(readFileSync(chunk("framework.js"), "utf8")).toBe(COMPILE_HINT + big);
    expect(readFileSync(chunk("issue.js"), "utf8")).toBe(COMPILE_HINT + big);
    expect(readFileSync(chunk("lazy.js"), "utf8")).toBe(big);
    expect(readFileSync(chunk("small.js"), "utf8")).toBe("small()");
  });

  it("changes nothing when run again on the same build", () => {
    hintStartupScripts(distDir);
    hintStartupScripts(distDir);
    expect(readFileSync(chunk("framework.js"), "utf8")).toBe(COMPILE_HINT + big);
  });

  it("skips a script a page names that the build does not hold", () => {
    rmSync(chunk("issue.js"));
    expect(hintStartupScripts(distDir)).toEqual(["static/chunks/framework.js"]);
  });
});
