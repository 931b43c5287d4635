/**
 * Checks the release log and its snapshots, as lib/load/build.ts checks the data: every
 * problem named by file, line and field. Pure: no file system.
 */
import { DataError, fieldPath, show, type DataProblem } from "../load/problems";
import { parseYamlFile, type FileText } from "../load/yaml-file";
import { releasesFileSchema, snapshotSchema, VERSION_PATTERN, type RecordedRelease } from "./schema";

export type ReleaseFiles = {
  /** data/releases.yaml, or null where there is none yet (a data set never released). */
  log: FileText | null;
  /** data/releases/*.json, by file name. */
  snapshots: Record<string, FileText>;
  /** Where the snapshots live, for messages. */
  snapshotDir: string;
};

export function snapshotFileName(version: string): string {
  return `${version}.json`;
}

/** "2026.12.3" → [2026, 12, 3], for ordering. */
export function versionParts(version: string): [number, number, number] {
  const m = VERSION_PATTERN.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

export function buildReleases(files: ReleaseFiles): RecordedRelease[] {
  if (!files.log) {
    const stray = Object.keys(files.snapshots);
    if (stray.length === 0) return [];
    throw new DataError([{ file: `${files.snapshotDir}/${stray[0]}`, line: 1, field: "", message: "a snapshot without a release log: add data/releases.yaml, or remove the snapshot" }]);
  }
  const problems: DataProblem[] = [];
  const log = parseYamlFile(files.log, releasesFileSchema);
  problems.push(...log.problems);
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file: log.file, line: log.lineOf(path), field: fieldPath(path), message });

  const releases: RecordedRelease[] = [];
  const used = new Set<string>();
  (log.value ?? []).forEach((release, i) => {
    const previous = log.value![i - 1];
    const [year, month, n] = versionParts(release.version);
    if (release.date.slice(0, 7) !== `${year}-${String(month).padStart(2, "0")}`)
      at([i, "version"], `version ${show(release.version)} does not match its date ${release.date}: a version is YYYY.MM.N of the release's own month`);
    if (previous) {
      const [py, pm, pn] = versionParts(previous.version);
      const expected = py === year && pm === month ? pn + 1 : 1;
      if (release.date < previous.date) at([i, "date"], `date ${release.date} is before the previous release's (${previous.date}): list releases oldest first`);
      else if (n !== expected) at([i, "version"], `version ${show(release.version)} after ${previous.version}: expected ${year}.${String(month).padStart(2, "0")}.${expected}`);
    } else if (n !== 1) at([i, "version"], `the first release of a month is number 1: expected ${release.version.replace(/\.\d+$/, ".1")}`);

    const name = snapshotFileName(release.version);
    used.add(name);
    const file = files.snapshots[name];
    if (!file) return at([i, "version"], `no snapshot ${files.snapshotDir}/${name}: record releases with npm run release, never by hand`);
    const parsed = parseYamlFile(file, snapshotSchema);
    problems.push(...parsed.problems);
    if (!parsed.value) return;
    if (parsed.value.version !== release.version)
      problems.push({ file: file.path, line: parsed.lineOf(["version"]), field: "version", message: `version ${show(parsed.value.version)} in a file named for ${release.version}` });
    releases.push({ ...release, snapshot: parsed.value });
  });
  for (const name of Object.keys(files.snapshots))
    if (!used.has(name)) problems.push({ file: `${files.snapshotDir}/${name}`, line: 1, field: "", message: `a snapshot that no release in ${log.file} names: remove it, or list its release` });

  if (problems.length > 0) throw new DataError(problems);
  return releases;
}
