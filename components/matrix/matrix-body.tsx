import type { RefObject } from "react";
import type { MatrixPosition } from "@/lib/matrix/data";
import type { MatrixRow } from "@/lib/matrix/table";
import type { RowWindow } from "@/lib/matrix/row-window";
import { GroupHeader } from "./group-header";
import { IssueRow } from "./issue-row";
import { useMatrix } from "./use-matrix";

export type Item =
  | { kind: "group"; key: string; category: string; collapsed: boolean; count: number }
  | { kind: "row"; key: string; row: MatrixRow };

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
 * The rendered rows, one tbody per category (a row group headed by its category), with
 * spacers in place of the rows a long table leaves unrendered.
 */
export function MatrixBody({ items, window, windowed, spacer, positions, terms, tabbable, grouped, quotes }: Props) {
  const { data } = useMatrix();
  const span = positions.length + 2;
  const categoryTitle = (slug: string) => data.categories.find((c) => c.slug === slug)?.title ?? slug;
  const sections: { key: string; items: { item: Item; index: number }[] }[] = [];
  for (let index = window.start; index < window.end; index++) {
    const item = items[index]!;
    // Rows before any heading (all of them, when ranked by the search) share one stable section:
    // keyed by its first row, the whole section would be rebuilt whenever a keystroke changes that row.
    if (item.kind === "group" || sections.length === 0) sections.push({ key: item.kind === "group" ? item.key : "rows", items: [] });
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
                terms={terms}
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
