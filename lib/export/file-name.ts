/** Names of exported files: what they hold, and the day they were exported. */

/** The calendar date ("2025-12-03") where the file is written: the user's day, not UTC's. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Letters and digits of any script kept, everything else one hyphen: safe on every file system. */
export function fileNamePart(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** "positions-matrix-2025-12-03-divergent.csv": base, export date, then the view when there is one. */
export function exportFileName(base: string, exportedAt: Date, view = "", extension = "csv"): string {
  return [fileNamePart(base), localIsoDate(exportedAt), fileNamePart(view)].filter(Boolean).join("-") + `.${extension}`;
}
