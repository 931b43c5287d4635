// Serves the production build, building first when the build is missing or older than the code or data.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { BUILD_INPUTS, isBuildStale } from "./build-inputs.mjs";

const buildId = ".next/BUILD_ID";
if (isBuildStale(buildId, [...BUILD_INPUTS, "data"])) {
  console.log(existsSync(buildId) ? "The build is older than the code or data: rebuilding…" : "No build yet: building…");
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";
console.log(`Positions Matrix: http://${host}:${port}/`);
const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", host], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
