/**
 * Makes the build the browser tests' server needs (playwright.config.ts's webServer) and stops:
 * `npm test` runs this beside the unit tests, which leave a core idle while they wait on the
 * commands they run, so the browser tests start on a fresh build. Nothing is built when it is
 * fresh, or when a server already answers on the tests' port (outside CI the tests reuse it).
 */
import { spawnSync } from "node:child_process";
import { serverEnv } from "../playwright.config";

const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], { stdio: "inherit", env: { ...process.env, ...serverEnv } });
process.exit(build.status ?? 1);
