/**
 * Every issue has a cell for every position: the loader fills in those the data files leave
 * out, as "not addressed in the sources" (build.ts). `cellOf` states that once, for the
 * dataset and for the matrix's slimmer copy of it alike.
 */
export function cellOf<C>(issue: { slug: string; cells: Readonly<Record<string, C>> }, position: string): C {
  const cell = issue.cells[position];
  if (cell === undefined) {
    throw new Error(`issue "${issue.slug}" has no cell for position "${position}", yet the loader gives every issue one for every position`);
  }
  return cell;
}
