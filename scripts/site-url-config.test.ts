import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { afterEach, describe, expect, it, vi } from "vitest";
import config from "../next.config";
import { writeNewMatrix } from "../lib/corpus/new-matrix";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("next.config: SITE_URL", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("bakes the checked address into the build", () => {
    vi.stubEnv("SITE_URL", "https://example.org");
    expect(config(PHASE_PRODUCTION_BUILD).env?.SITE_URL).toBe("https://example.org/");
  });

  it("warns once when a production build has none, and says how to set it", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("SITE_URL_WARNED", "");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(config(PHASE_PRODUCTION_BUILD).env?.SITE_URL).toBe("http://localhost:3000/");
    config(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/SITE_URL is not set: .* point at http:\/\/localhost:3000\/\. For a deployment, build with SITE_URL=https:\/\/your\.site/);
  });

  it("does not warn the development server or `next start`", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("SITE_URL_WARNED", "");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    config(PHASE_DEVELOPMENT_SERVER);
    config(PHASE_PRODUCTION_SERVER);
    expect(warn).not.toHaveBeenCalled();
  });

  it("stops on a malformed value with a message that says what is wrong", () => {
    vi.stubEnv("SITE_URL", "example.org");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow("exited");
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(error.mock.calls[0]![0])).toContain('SITE_URL "example.org" is not an address: did you mean https://example.org?');
  });
});

describe("next build with a malformed SITE_URL", () => {
  it("fails before building anything, naming the problem", async () => {
    const result = await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: "ftp://example.org", NEXT_DIST_DIR: ".next-variants/bad-site-url", NEXT_TELEMETRY_DISABLED: "1" },
    }).then(
      () => ({ code: 0, output: "" }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` }),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('SITE_URL "ftp://example.org" must start with https:// or http:// (not ftp:)');
  }, 60_000);
});

describe("next.config: the site's identity", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("bakes in the data folder's site.yaml", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "site-config-"));
    writeNewMatrix(dir, path.join(ROOT, "data"));
    vi.stubEnv("POSITIONS_DATA_DIR", dir);
    expect(JSON.parse(config(PHASE_PRODUCTION_BUILD).env!.POSITIONS_SITE!)).toMatchObject({ name: "River Talks Matrix" });
    rmSync(dir, { recursive: true });
  });

  it("stops on a bad site.yaml, naming its file, line and field", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "site-config-"));
    writeFileSync(path.join(dir, "site.yaml"), "name: X\n");
    vi.stubEnv("POSITIONS_DATA_DIR", dir);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited");
    });
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow("exited");
    expect(String(error.mock.calls[0]![0])).toMatch(/site\.yaml:1 title: .*missing/);
    rmSync(dir, { recursive: true });
  });
});
