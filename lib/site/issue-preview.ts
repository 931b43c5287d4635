/** The text of an issue's link preview: description and image alt text. */

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const squashed = text.replace(/\s+/g, " ").trim();
  if (squashed.length <= max) return squashed;
  const cut = squashed.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The meta description: the definition, then who stands where; at most 200 characters. */
export function previewDescription(definition: string, headline: string): string {
  return truncate(`${definition} ${headline}`, 200);
}
