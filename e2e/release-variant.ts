/**
 * A copy of the real data with one cell changed and recorded as a second release, built and
 * served on its own (.next-variants/releases), with a report address and a repository
 * configured: what the site shows once a release has changes in it. It is built for
 * https://example.org (SITE_URL), so that the same build shows that every absolute address
 * follows the setting (e2e/site-url.spec.ts): one build less for the suite.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATA_DIR, loadDataset } from "../lib/load/load";
import { buildReleases } from "../lib/release/build";
import { readReleaseFiles } from "../lib/release/load";
import { planRelease } from "../lib/release/record";
import { skippingTypeCheck, variant, type Variant } from "../scripts/variant/build";

export const REPORT_URL = "https://reports.example.org/issues/new?template=error.yml";
export const REPOSITORY_URL = "https://code.example.org/positions-matrix";
/** The address the variant is built for: not where it is served. */
export const VARIANT_SITE = "https://example.org/";

const data = loadDataset();
/** The cell the second release changes: the first explicit "rejects" cell, made "ambiguous". */
export const changed = (() => {
  const issue = data.issues.find((i) => Object.values(i.cells).some((c) => c.explicit && c.stance === "rejects"))!;
  const cell = Object.values(issue.cells).find((c) => c.explicit && c.stance === "rejects")!;
  const position = data.positions.find((p) => p.slug === cell.position)!;
  return { issue, position, before: "rejects" as const, after: "ambiguous" as const };
})();

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Writes `text` unless the file already holds it, so an unchanged variant keeps its build. */
function writeIfChanged(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export function releasesVariant(): { v: Variant; version: string; note: string } {
  const dir = path.join(os.tmpdir(), "positions-matrix-releases-e2e");
  const wanted = new Map(files(DATA_DIR).map((name) => [name, readFileSync(path.join(DATA_DIR, name), "utf8")]));
  const issueFile = `issues/${changed.issue.slug}.yaml`;
  const yaml = wanted.get(issueFile)!;
  // The cell's own stance line: the one after its "position:" line.
  const at = yaml.indexOf(`position: ${changed.position.slug}`);
  const stanceAt = yaml.indexOf(`stance: ${changed.before}`, at);
  wanted.set(issueFile, yaml.slice(0, stanceAt) + `stance: ${changed.after}` + yaml.slice(stanceAt + `stance: ${changed.before}`.length));
  if (existsSync(dir)) for (const name of files(dir)) if (!wanted.has(name) && !name.startsWith("releases")) rmSync(path.join(dir, name));
  for (const [name, text] of wanted) if (!name.startsWith("releases")) writeIfChanged(path.join(dir, name), text);

  // Record the change as the next release, from the real log, as `npm run release` would.
  const releases = buildReleases(readReleaseFiles(DATA_DIR));
  const note = "Re-reviewed one cell against its quotes.";
  const plan = planRelease({
    data: loadDataset(dir),
    releases,
    note,
    date: releases.at(-1)!.date,
    today: releases.at(-1)!.date,
    logText: readFileSync(path.join(DATA_DIR, "releases.yaml"), "utf8"),
    citationText: null,
  });
  if (!plan.ok) throw new Error(`the variant's release: ${plan.reason}`);
  for (const name of [...wanted.keys()].filter((n) => n.startsWith("releases/"))) writeIfChanged(path.join(dir, name), wanted.get(name)!);
  writeIfChanged(path.join(dir, "releases", plan.files.snapshot.name), plan.files.snapshot.text);
  writeIfChanged(path.join(dir, "releases.yaml"), plan.files.log);

  const v = skippingTypeCheck(variant("releases", dir));
  return { v: { ...v, env: { ...v.env, REPORT_ERRORS_TO: REPORT_URL, REPOSITORY_URL, SITE_URL: VARIANT_SITE } }, version: plan.release.version, note };
}
