// Serves the production build, building first when the build is missing or older than the code or data.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "data", "public", "next.config.ts", "package.json", "tailwind.config.ts", "postcss.config.mjs"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), s.mtimeMs);
}

const buildId = ".next/BUILD_ID";
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (builtAt < Math.max(...INPUTS.map(newestMtime))) {
  console.log(builtAt ? "The build is older than the code or data: rebuilding…" : "No build yet: building…");
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";
console.log(`Positions Matrix: http://${host}:${port}/`);
const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", host], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
