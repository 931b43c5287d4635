/**
 * A cited passage, named the same way everywhere: by the source and the [start, end) offsets
 * where its quote was found (UTF-16 code units into the whole file, front matter included).
 */
import type { ResolvedCitation } from "./schema";

export type PassageRef = Pick<ResolvedCitation, "source" | "start" | "end">;

/** A passage's identity in the dataset, `<source>:<start>-<end>`: every citation's `id`, also in data.json. */
export function passageKey(passage: PassageRef): string {
  return `${passage.source}:${passage.start}-${passage.end}`;
}

/** The passage's anchor in its source's reader page, `q-<start>-<end>`. */
export function passageId(passage: Pick<PassageRef, "start" | "end">): string {
  return `q-${passage.start}-${passage.end}`;
}
