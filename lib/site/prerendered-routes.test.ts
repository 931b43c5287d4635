import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prerenderedRoutes } from "./prerendered-routes";

describe("prerenderedRoutes", () => {
  it("lists the paths of the build's prerender manifest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "routes-"));
    writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ version: 4, routes: { "/": {}, "/issues/crimea": {} } }));
    expect(prerenderedRoutes(dir)).toEqual(new Set(["/", "/issues/crimea"]));
  });

  it("is null where there is no build", () => {
    expect(prerenderedRoutes(mkdtempSync(path.join(os.tmpdir(), "routes-")))).toBeNull();
  });
});
