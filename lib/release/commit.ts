/**
 * Puts a planned release on disk so that no moment leaves it half-written. Each file is written
 * to a temporary name, flushed and renamed into place (a rename is atomic), and the log goes last:
 * the log is what makes a release exist, so until it is renamed the previous release stands, and
 * the snapshot and CITATION.cff already written are leftovers that the next run replaces. A lock
 * file keeps two releases from reading the same log and both writing the next version.
 * Server-only.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export const LOCK_FILE = ".release.lock";

/** What a release writes, by the step that writes it, in the order it writes them. */
export type ReleaseWrite = { step: "snapshot" | "citation" | "log"; path: string; text: string };

/**
 * Called before each temporary file is written and before each rename: tests throw from it to
 * stop a release exactly there, as a crash or a power cut could.
 */
export type StepHook = (step: ReleaseWrite["step"], phase: "write" | "rename") => void;

export class ReleaseLocked extends Error {}

const tempName = (full: string) => `${full}.${process.pid}.tmp`;
const TEMP = /\.\d+\.tmp$/;

/** Takes the release lock in `dataDir`, or throws ReleaseLocked with a sentence saying what to do. Returns its release. */
export function takeReleaseLock(dataDir: string): () => void {
  const lock = path.join(dataDir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = lockHolder(lock);
      if (holder && isRunning(holder.pid))
        throw new ReleaseLocked(`another release is running (process ${holder.pid}, since ${holder.since}): wait for it to end, then run this one again`);
      // Left by a release that was killed: its process is gone, so nothing else is writing.
      rmSync(lock, { force: true });
    }
  }
  throw new ReleaseLocked(`another release took the lock ${lock} as this one cleared a stale one: run this one again`);
}

function lockHolder(lock: string): { pid: number; since: string } | null {
  try {
    const held = JSON.parse(readFileSync(lock, "utf8")) as { pid?: unknown; since?: unknown };
    return typeof held.pid === "number" ? { pid: held.pid, since: String(held.since) } : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files an interrupted release left beside `files` (call it under the lock). */
export function removeLeftoverTemps(files: readonly string[]): void {
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    const names = new Set(files.filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)));
    for (const entry of readdirSync(dir))
      if (TEMP.test(entry) && names.has(entry.replace(TEMP, ""))) rmSync(path.join(dir, entry), { force: true });
  }
}

/** Writes `writes` in order, each through a flushed temporary file renamed into place. */
export function writeRelease(writes: readonly ReleaseWrite[], hook: StepHook = () => {}): void {
  for (const { step, path: full, text } of writes) {
    hook(step, "write");
    const temp = tempName(full);
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hook(step, "rename");
    renameSync(temp, full);
  }
}
