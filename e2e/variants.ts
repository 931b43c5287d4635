/**
 * The data variants the browser tests build and serve beside the real data's build, each defined
 * once: a spec serves its variant (serveVariant builds it when stale), and the global setup starts
 * building them all while the first specs run (e2e/global-setup.ts), so that no spec waits for a build
 * that could have been made meanwhile. Preparing a variant writes its data folder only where it
 * changed, so an unchanged variant keeps its build.
 */
import path from "node:path";
import { writeDataset } from "../scripts/make-large-dataset";
import { skippingTypeCheck, variant, type Variant } from "../scripts/variant/build";
import { WINDOW_THRESHOLD } from "../lib/matrix/row-window";
import { releasesVariant } from "./release-variant";

// In this checkout, not the shared temp folder, where another checkout's run could rewrite them meanwhile.
const HOSTILE_DIR = path.resolve("bench", "tmp", "data-hostile");
const LONG_DIR = path.resolve("bench", "tmp", "data-long");

/** A synthetic data set whose titles, summaries and quotes carry markup and script. */
export function hostileVariant(): Variant {
  writeDataset(HOSTILE_DIR, { issues: 4, positions: 3, seed: 1, hostile: true });
  return skippingTypeCheck(variant("hostile", HOSTILE_DIR));
}

/** Issues in the long table: just past the threshold where the matrix starts windowing its rows. */
export const LONG_ISSUES = WINDOW_THRESHOLD + 10;

/** A synthetic data set with more issues than the matrix renders at once. */
export function longVariant(): Variant {
  writeDataset(LONG_DIR, { issues: LONG_ISSUES, positions: 4, seed: 3 });
  return skippingTypeCheck(variant("long", LONG_DIR));
}

/** Every variant, in the order the specs first need them (files run in name order): changes, hostile, long-table. */
export function allVariants(): Variant[] {
  return [releasesVariant().v, hostileVariant(), longVariant()];
}
