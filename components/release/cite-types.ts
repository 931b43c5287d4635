import type { CiteTarget } from "@/lib/release/cite";
import type { PublicationInfo } from "@/lib/release/edition";

/** Which version a citation names: the one shown ("this", at its pinned page) or the latest (the live page). */
export type CiteChoice = "this" | "latest";

export type CiteButtonProps = {
  target: CiteTarget;
  info: PublicationInfo;
  label?: string;
  className?: string;
  /** On a pinned page, the release it shows: "this version" is then that one, not the latest. */
  pinned?: { version: string; date: string };
};
