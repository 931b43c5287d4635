import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const START = path.resolve("scripts/start.mjs");

describe("npm start (scripts/start.mjs)", () => {
  it("with --build-only, leaves a server already on the port, and its build, alone", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    // A folder with no build: anything but leaving it alone would start building.
    const empty = mkdtempSync(path.join(tmpdir(), "start-"));
    try {
      const run = spawnSync(process.execPath, [START, "--build-only"], { cwd: empty, env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" }, encoding: "utf8", timeout: 30_000 });
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(`A server already answers on port ${port}: no build made for it.`);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses a port in use with one sentence before it builds anything", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    // A folder with no build: a start there would build first, were the port not checked before.
    const empty = mkdtempSync(path.join(tmpdir(), "start-"));
    try {
      const started = performance.now();
      const run = spawnSync(process.execPath, [START], { cwd: empty, env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" }, encoding: "utf8", timeout: 30_000 });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`Port ${port} is already in use: stop what runs there, or set PORT to another port.`);
      expect(run.stdout).not.toMatch(/build/i);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
