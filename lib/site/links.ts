/** The app's stable addresses, built in one place so that every link agrees with every anchor. */

/** The anchor of a cited passage in the source reader: `q-<start>-<end>`, offsets into the whole file. */
export function passageId(range: { start: number; end: number }): string {
  return `q-${range.start}-${range.end}`;
}

export function passageHref(citation: { source: string; start: number; end: number }): string {
  return `/sources/${citation.source}#${passageId(citation)}`;
}

export function sourceHref(id: string): string {
  return `/sources/${id}`;
}

/** An issue page, or one position's cell on it when `position` is given. */
export function issueHref(slug: string, position?: string, query = ""): string {
  return `/issues/${slug}${queryString(query)}${position ? `#${position}` : ""}`;
}

export function eventHref(id: string): string {
  return `/timeline#${id}`;
}

/**
 * "?a=1&b=2" for a raw query string, "" for an empty one. A fragment or a second "?" in
 * the input is cut off, so a hostile query cannot turn the link into anything but a query.
 */
export function queryString(query: string): string {
  const q = query.replace(/^\?/, "").split("#")[0]!;
  if (!q) return "";
  const params = new URLSearchParams(q);
  const text = params.toString();
  return text ? `?${text}` : "";
}
