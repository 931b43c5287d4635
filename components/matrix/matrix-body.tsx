import type { RefObject } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import type { RowWindow } from "@/lib/matrix/row-window";
import { quoteTerms } from "@/lib/matrix/row-query";
import { GroupHeader } from "./group-header";
import { IssueRow } from "./issue-row";
import { useMatrix } from "./use-matrix";

export type Item =
  | { kind: "group"; key: string; category: string; collapsed: boolean; count: number }
  /** `section`: the row group a ranked row belongs to (rows of one score), if any. */
  | { kind: "row"; key: string; row: MatrixRow; section?: string };

type Props = {
  items: readonly Item[];
  window: RowWindow;
  windowed: boolean;
  spacer: RefObject<HTMLTableSectionElement | null>;
  positions: readonly MatrixPosition[];
  terms: readonly string[];
  tabbable: string | null;
  grouped: boolean;
  /** Each issue's quotes side by side under its row (while comparing two). */
  quotes: boolean;
};

/**
 * The rendered rows, one tbody per category (a row group headed by its category) or, ranked by
 * the search, per score, with
 * spacers in place of the rows a long table leaves unrendered.
 */
export function MatrixBody({ items, window, windowed, spacer, positions, terms, tabbable, grouped, quotes }: Props) {
  const { data } = useMatrix();
  const span = positions.length + 2;
  const categoryTitle = (slug: string) => data.categories.find((c) => c.slug === slug)?.title ?? slug;
  const sections: { key: string; items: { item: Item; index: number }[] }[] = [];
  for (let index = window.start; index < window.end; index++) {
    const item = items[index]!;
    // Sections are keyed by a name that outlives a keystroke (a heading's, a ranked row's section,
    // or "rows" before any heading): keyed by its first row, a section was rebuilt whenever that row changed.
    const key = item.kind === "group" ? item.key : (item.section ?? sections.at(-1)?.key ?? "rows");
    if (key !== sections.at(-1)?.key) sections.push({ key, items: [] });
    sections.at(-1)!.items.push({ item, index });
  }
  return (
    <>
      <tbody ref={spacer} aria-hidden="true">
        {window.before > 0 && <Spacer height={window.before} span={span} />}
      </tbody>
      {sections.map((section) => (
        <tbody key={section.key}>
          {section.items.map(({ item, index }) =>
            item.kind === "group" ? (
              <GroupHeader
                key={item.key}
                category={item.category}
                title={categoryTitle(item.category)}
                collapsed={item.collapsed}
                count={item.count}
                span={span}
                tabbable={tabbable === item.key}
                rowIndex={windowed ? index + 2 : undefined}
              />
            ) : (
              <IssueRow
                key={item.key}
                row={item.row}
                positions={positions}
                terms={quoteTerms(item.row.shown, terms)}
                tabbable={tabbable?.split(".")[0] === item.key ? tabbable : null}
                category={grouped ? null : categoryTitle(item.row.issue.category)}
                quotes={quotes}
                rowIndex={windowed ? index + 2 : undefined}
              />
            ),
          )}
        </tbody>
      ))}
      {window.after > 0 && (
        <tbody aria-hidden="true">
          <Spacer height={window.after} span={span} />
        </tbody>
      )}
    </>
  );
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr className="matrix-spacer" style={{ height }}>
      <td colSpan={span} className="p-0" />
    </tr>
  );
}
