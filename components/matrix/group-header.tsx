import { memo } from "react";
import { plural } from "@/lib/format";
import { useMatrix } from "./use-matrix";

type Props = {
  category: string;
  title: string;
  collapsed: boolean;
  count: number;
  span: number;
  tabbable: boolean;
  /** Position among all rows, for screen readers, when only some rows are rendered. */
  rowIndex?: number;
};

/** A category's heading row: folds its issues away and back. */
export const GroupHeader = memo(function GroupHeader({ category, title, collapsed, count, span, tabbable, rowIndex }: Props) {
  const { toggleGroup } = useMatrix();
  return (
    <tr className="group-row" data-row-key={`group:${category}`} aria-rowindex={rowIndex}>
      <th
        scope="rowgroup"
        colSpan={span}
        className="border-t border-slate-300 bg-slate-100 p-0 text-left dark:border-slate-600 dark:bg-slate-800"
      >
        <button
          type="button"
          data-nav={`group:${category}`}
          tabIndex={tabbable ? 0 : -1}
          aria-expanded={!collapsed}
          onClick={() => toggleGroup(category)}
          className="sticky left-0 flex cursor-pointer items-baseline gap-2 px-2 py-1.5 text-sm font-semibold"
        >
          <span aria-hidden="true" className="inline-block w-3">
            {collapsed ? "▸" : "▾"}
          </span>
          {title}
          <span className="text-xs font-normal text-slate-700 dark:text-slate-300">
            {plural(count, "issue")}
            {collapsed ? ", folded" : ""}
          </span>
        </button>
      </th>
    </tr>
  );
});
