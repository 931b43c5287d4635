/**
 * Starts and stops the processes the browser tests and the benchmark need (builds, servers),
 * each in its own process group so that stopping it also stops its children, and stops them all
 * on exit.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

const running = new Set<ChildProcess>();

function stopGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

let hooked = false;
function stopAllOnExit() {
  if (hooked) return;
  hooked = true;
  process.on("exit", () => running.forEach((c) => stopGroup(c, "SIGKILL")));
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      running.forEach((c) => stopGroup(c));
      process.exit(130);
    });
}

export type RunResult = { code: number; ms: number; output: string };

/** Runs a command to completion, keeping its output (printed only when it fails). */
export function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<RunResult> {
  stopAllOnExit();
  const started = performance.now();
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      running.delete(child);
      resolve({ code: code ?? 1, ms: performance.now() - started, output });
    });
  });
}

export type Server = { url: string; pid: number | undefined; stop: () => Promise<void> };

export type ServerOptions = {
  port: number;
  /** The app's folder, when not this project (the blank baseline app). */
  appDir?: string;
  env?: Record<string, string>;
  /** Run `next dev` instead (the maintainers' dev-only tools): it answers once it has compiled a first page. */
  dev?: boolean;
};

/** `next start` of the app (or appDir) on 127.0.0.1:port; resolves once it answers. Pass NEXT_DIST_DIR in env for a variant. */
export async function startServer({ port, appDir, env = {}, dev = false }: ServerOptions): Promise<Server> {
  stopAllOnExit();
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`port ${port} is already in use: stop what runs there, or choose other ports`);
  // As `npm start` serves it, without the rebuild check: the caller built what it serves.
  const command = [NEXT_BIN, dev ? "dev" : "start", ...(dev ? [] : [appDir ?? "."]), "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: url, PORT: String(port), HOST: "127.0.0.1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on("close", () => (running.delete(child), resolve())));
  // A development server compiles its first page on demand: slow on a busy machine.
  const deadline = Date.now() + (dev ? 180_000 : 30_000);
  while (!(await answers(`${url}/_ready-probe`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      stopGroup(child, "SIGKILL");
      throw new Error(`The server (${appDir ?? env.NEXT_DIST_DIR ?? ".next"}) did not come up on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      stopGroup(child);
      const timer = setTimeout(() => stopGroup(child, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a file as it was around `fn`: builds into another distDir rewrite next-env.d.ts to point
 * at that folder's types, which would then break `tsc` once the folder is cleaned.
 */
export async function preserving<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  try {
    return await fn();
  } finally {
    if (before !== null) writeFileSync(file, before);
  }
}
