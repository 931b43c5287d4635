import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIfStale, isStale, VARIANTS_DIR, variant } from "./build";
import { ROOT } from "./processes";

describe("isStale", () => {
  const v = variant("unit-test-stale", path.join(ROOT, "data"));
  const dist = path.join(ROOT, v.distDir);
  const built = (env: Record<string, string> | undefined) => {
    mkdirSync(dist, { recursive: true });
    // Newer than any code or data: only the settings can make it stale.
    writeFileSync(path.join(dist, "BUILD_ID"), "x");
    writeFileSync(path.join(dist, "build-record.json"), JSON.stringify({ ms: 1, at: "", prerendered: 0, env }));
  };
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("is stale with no build", () => {
    expect(isStale(v)).toBe(true);
  });

  it("keeps a fresh build made with the same settings, in any order", () => {
    built(Object.fromEntries(Object.entries(v.env).reverse()));
    expect(isStale(v)).toBe(false);
  });

  it("rebuilds a build made with other settings (a build bakes in SITE_URL), or with none recorded", () => {
    built(v.env);
    expect(isStale({ ...v, env: { ...v.env, SITE_URL: "https://example.org/" } })).toBe(true);
    built(undefined);
    expect(isStale(v)).toBe(true);
  });
});

describe("buildIfStale", () => {
  const v = variant("unit-test-fresh", path.join(ROOT, "data"));
  const dist = path.join(ROOT, v.distDir);
  const lock = path.join(ROOT, VARIANTS_DIR, "build.lock");
  // A lock held by a real build (a browser run in this checkout) serves as well, and is left alone.
  let madeLock = false;
  afterEach(() => {
    rmSync(dist, { recursive: true, force: true });
    if (madeLock) rmSync(lock, { recursive: true, force: true });
  });

  it("serves a fresh build at once while another variant's build holds the lock", async () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, "BUILD_ID"), "x");
    const record = { ms: 1, at: "then", prerendered: 0, env: v.env };
    writeFileSync(path.join(dist, "build-record.json"), JSON.stringify(record));
    madeLock = !existsSync(lock);
    mkdirSync(lock, { recursive: true });
    // Waiting for the lock would last until it expires (15 minutes): the test's timeout says so.
    await expect(buildIfStale(v)).resolves.toEqual(record);
  }, 2_000);
});
