// Serves the production build with Next.js's own server (`next start`), building first when the
// build is missing, older than the code or data, or made for another site address than the one it
// will be served at, or from another data folder (POSITIONS_DATA_DIR). Caching and compression in front of it are a proxy's job (deploy/).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BUILD_INPUTS, isBuildStale, recordedDataDir, recordedSiteUrl } from "../lib/site/build-inputs.mjs";
import { listenProblem } from "./listen-check.mjs";

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";
const site = process.env.SITE_URL?.trim() || ownAddress(host, port);

// Another data folder (POSITIONS_DATA_DIR, e.g. one `npm run new-matrix` wrote) is served from its own build.
const dataDir = path.resolve(process.env.POSITIONS_DATA_DIR ?? "data");

// `--build-only` makes the build the server would need and stops (npm test builds the browser
// tests' server this way while the unit tests run). A server already on the port is left alone,
// and its build with it: the browser tests reuse that server (outside CI), as they would anyway.
const buildOnly = process.argv.includes("--build-only");
if (buildOnly && (await listenProblem(host, Number(port)))) {
  console.log(`A server already answers on port ${port}: no build made for it.`);
  process.exit(0);
}

// Asked before any build, since a port in use found after minutes of building wastes them, and
// again after one, since the port may have been taken meanwhile.
await exitUnlessListenable();

const buildId = ".next/BUILD_ID";
const builtFor = recordedSiteUrl(".next");
const builtFrom = recordedDataDir(".next");
const reason = !existsSync(buildId) || !existsSync(".next/script-hashes.json")
  ? "No build yet: building…"
  : builtFrom !== dataDir
    ? `The build was made from ${builtFrom ?? "an unrecorded data folder"}, not ${dataDir}: rebuilding…`
    : isBuildStale(buildId, [...BUILD_INPUTS, dataDir])
      ? "The build is older than the code or data: rebuilding…"
      : builtFor !== normalised(site)
        ? `The build's links point at ${builtFor ?? "an unrecorded address"}, not ${normalised(site)}: rebuilding…`
        : null;
if (reason) {
  console.log(reason);
  // The build checks SITE_URL and stops with a message when it is malformed.
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env: { ...process.env, SITE_URL: site } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (!buildOnly) await exitUnlessListenable();
}
if (buildOnly) process.exit(0);

console.log(`Positions Matrix: http://${linkHost(host)}:${port}/${site === ownAddress(host, port) ? "" : ` (its links name ${normalised(site)})`}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", host], { stdio: "inherit" });
// A process manager stops this process: the server goes with it, and its exit is ours.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 143)));

async function exitUnlessListenable() {
  const problem = await listenProblem(host, Number(port));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

/** The address this server answers at, as links name it. */
function ownAddress(host, port) {
  return `http://${linkHost(host)}:${port}/`;
}

/** A server listening on every interface is reached by name; an IPv6 address goes in brackets. */
function linkHost(host) {
  if (host === "0.0.0.0" || host === "::" || host === "[::]") return "localhost";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** The address as the build records it (URL.href), or the text as given when it is not one. */
function normalised(address) {
  try {
    return new URL(address).href;
  } catch {
    return address;
  }
}
