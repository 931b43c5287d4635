/**
 * Runs deploy/nginx/positions-matrix.conf, the file as shipped, in front of a running server:
 * in a folder of its own (cache, temporary files, logs), on a loopback port, as this user. The
 * browser tests (e2e/proxy.spec.ts) and the benchmark (bench/behind-nginx.ts) put it under test.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const DEPLOY = path.resolve(import.meta.dirname, "..", "deploy", "nginx");
/** Where Debian puts it; looked up per call, so that an nginx installed meanwhile is found. */
export const nginxPath = () => ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p)) ?? null;
export const NGINX = nginxPath();

/**
 * Debian's nginx-light, installed with apt-get when missing and running as root (as the tests'
 * Chromium is); elsewhere nothing happens and the caller says what is missing. Returns nginx's path.
 */
export function ensureNginx(log: (line: string) => void = console.log): string | null {
  const found = nginxPath();
  if (found || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return found;
  log("No nginx found: installing Debian's nginx-light with apt-get…");
  const apt = (...args: string[]) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  try {
    apt("install", "-y", "-qq", "nginx-light");
  } catch {
    // A fresh machine's package lists may be missing or stale.
    apt("update", "-qq");
    apt("install", "-y", "-qq", "nginx-light");
  }
  return nginxPath();
}

export type Proxy = { url: string; stop: () => Promise<void> };

/**
 * The shipped site file, pointed at `upstream` (host:port) and listening on 127.0.0.1:port, inside a
 * full nginx.conf. `staticDir`, for the benchmark: files nginx serves itself under /bench-static/.
 */
export function nginxConf(dir: string, port: number, upstream: string, staticDir?: string): string {
  const site = readFileSync(path.join(DEPLOY, "positions-matrix.conf"), "utf8")
    .replace("/var/cache/nginx/positions-matrix", path.join(dir, "cache"))
    .replace("server 127.0.0.1:3000;", `server ${upstream};`)
    .replace("listen 8080;", `listen 127.0.0.1:${port};`)
    .replace("    location / {", staticDir ? `    location /bench-static/ {\n        alias ${staticDir}/;\n        include positions-matrix-headers.conf;\n    }\n\n    location / {` : "    location / {")
    .replaceAll("include positions-matrix-headers.conf;", `include ${path.join(DEPLOY, "positions-matrix-headers.conf")};`);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${path.join(dir, t)};`).join("\n  ");
  return [
    // As root, nginx's workers would run as nobody, who cannot enter this user's temporary folder.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 4096; }",
    `http {\n  include /etc/nginx/mime.types;\n  access_log off;\n  ${temp}\n${site}\n}`,
  ].join("\n");
}

/** nginx on 127.0.0.1:port in front of `upstream`; resolves once it answers. */
export async function startNginx(port: number, upstream: string, staticDir?: string): Promise<Proxy> {
  const nginx = nginxPath();
  if (!nginx) throw new Error("nginx is not installed: apt-get install nginx-light (Debian), or see docs/deploying.md");
  const dir = mkdtempSync(path.join(tmpdir(), "positions-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConf(dir, port, upstream, staticDir));
  const child = spawn(nginx, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let output = "";
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      throw new Error(`nginx did not come up on ${url}: ${output}${existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : ""}`);
    }
    const up = await fetch(`${url}/robots.txt`).then((r) => r.status < 500, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      // SIGQUIT: nginx's graceful stop; the master takes its worker with it.
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
