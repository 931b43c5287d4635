/**
 * In a full run (`npm test` sets E2E_PREBUILD), starts building the data variants the specs serve
 * (e2e/variants.ts) one after another, in the background, as soon as the real data's server is up,
 * instead of each spec building its own when its turn comes while a worker waits. A spec that comes
 * before its variant is ready waits for it (scripts/variant/build.ts: builds take turns, and a build
 * made meanwhile is not made again); a build that fails here is tried again by its spec, which then
 * reports the failure. A run of a few specs builds only what they serve.
 */
import { buildIfStale } from "../scripts/variant/build";
import { allVariants } from "./variants";

export default function globalSetup() {
  if (process.env.E2E_PREBUILD !== "1") return;
  let stopping = false;
  const building = (async () => {
    for (const v of allVariants()) {
      if (stopping) return;
      await buildIfStale(v).catch(() => undefined);
    }
  })();
  // The teardown: no new build, and the current one (and its lock) finished, not killed halfway.
  return async () => {
    stopping = true;
    await building;
  };
}
