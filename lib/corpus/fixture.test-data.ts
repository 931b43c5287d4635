/** A throwaway copy of the real data folder for the writers' tests: the real data/ is never written. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATA_DIR } from "../load/load";

export function copyOfData(): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "corpus-"));
  const dir = path.join(root, "data");
  cpSync(DATA_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
