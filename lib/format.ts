/** Formatting shared by pages and exports. */
import type { Source } from "./data/schema";
import type { SourceKind } from "./data/vocab";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-11-23" → "23 November 2025"; "2025-11" → "November 2025"; "2025" → "2025". */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? value;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatSourceDate(date: Source["date"]): string {
  const text = formatPartialDate(date.value);
  if (date.qualifier === "on-or-after") return `on or after ${text}`;
  if (date.qualifier === "approximate") return `${text} (approximate)`;
  return text;
}

export function sourceByline(source: Pick<Source, "publisher" | "author">): string {
  return [source.author, source.publisher].filter(Boolean).join(", ") || "No named author or publisher";
}

/** A source as a quote's caption names it: formatted once, and small enough to send to the browser. */
export type SourceCaption = {
  id: string;
  title: string;
  date: string;
  kind: SourceKind;
  /** The author, else the publisher, else "no named author or publisher". */
  byline: string;
  anonymous: boolean;
};

export function sourceCaption(source: Source): SourceCaption {
  return {
    id: source.id,
    title: source.title,
    date: formatSourceDate(source.date),
    kind: source.kind,
    byline: source.author ?? source.publisher ?? "no named author or publisher",
    anonymous: source.anonymous,
  };
}

/** "1 passage", "3 passages": a count with its noun, plural unless one. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
