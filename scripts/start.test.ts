import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const START = path.resolve("scripts/start.mjs");

/**
 * Runs start.mjs with `args` on a port something already listens on, in a folder with no build
 * (where a start would build first, were the port not looked at before).
 */
async function startOnBusyPort(args: string[]) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const empty = mkdtempSync(path.join(tmpdir(), "start-"));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, [START, ...args], { cwd: empty, env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" }, encoding: "utf8", timeout: 30_000 });
    return { port, run, ms: performance.now() - started, left: readdirSync(empty) };
  } finally {
    rmSync(empty, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("npm start (scripts/start.mjs)", () => {
  it("refuses a port in use with one sentence before it builds anything", async () => {
    const { port, run, ms, left } = await startOnBusyPort([]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`Port ${port} is already in use: stop what runs there, or set PORT to another port.`);
    expect(run.stdout).not.toMatch(/build/i);
    expect(left).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  it("with --build-only, leaves a server already on the port, and its build, alone", async () => {
    const { port, run, left } = await startOnBusyPort(["--build-only"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`A server already answers on port ${port}: no build made for it.`);
    expect(left).toEqual([]);
  });
});
