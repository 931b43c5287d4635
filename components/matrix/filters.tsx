import { AGREEMENT_INFO } from "@/lib/data/compare";
import { memo } from "react";
import { SHOW_MODES, STRENGTH_FILTERS, type View } from "@/lib/matrix/view";
import { STANCE_INFO, STANCES, STRENGTH_INFO } from "@/lib/data/vocab";
import { StanceIcon } from "@/components/ui/stance-icon";
import { StrengthMeter } from "@/components/ui/strength-badge";
import { sameViewParts, useMatrix, useMatrixView } from "./use-matrix";

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** A filter's choice: `.chip` in matrix.css. */
const CHIP = "chip";
const LEGEND = "mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";

const SHOW_LABEL = { all: "All issues", agree: "Where they agree", diverge: "Where they diverge" } as const;

/**
 * Agreement, category, stance and evidence filters. Empty category, stance or evidence choices
 * filter nothing; stance and evidence together ask for one shown cell with both.
 */
export function Filters() {
  return <Choices view={useMatrixView("controls")} />;
}

/** The choices re-render only when a filter changes, not on each keystroke in the search. */
const Choices = memo(function Choices({ view }: { view: View }) {
  const { data, setView } = useMatrix();
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-3">
      <fieldset>
        <legend className={LEGEND}>Show</legend>
        <div className="flex flex-wrap gap-1.5">
          {SHOW_MODES.map((mode) => (
            <label key={mode} className={CHIP} title={mode === "all" ? undefined : AGREEMENT_INFO[mode].meaning}>
              <input
                type="radio"
                name="show"
                className="accent-blue-700"
                checked={view.show === mode}
                onChange={() => setView((v) => ({ ...v, show: mode }))}
              />
              {SHOW_LABEL[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>Category</legend>
        <div className="flex flex-wrap gap-1.5">
          {data.categories.map((c) => (
            <label key={c.slug} className={CHIP}>
              <input
                type="checkbox"
                className="accent-blue-700"
                checked={view.categories.includes(c.slug)}
                onChange={() => setView((v) => ({ ...v, categories: toggle(v.categories, c.slug) }))}
              />
              {c.title}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>A shown position&apos;s stance</legend>
        <div className="flex flex-wrap gap-1.5">
          {STANCES.map((s) => (
            <label key={s} className={CHIP}>
              <input
                type="checkbox"
                className="accent-blue-700"
                checked={view.stances.includes(s)}
                onChange={() => setView((v) => ({ ...v, stances: toggle(v.stances, s) }))}
              />
              <StanceIcon stance={s} size={14} />
              {STANCE_INFO[s].label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>Its evidence</legend>
        <div className="flex flex-wrap gap-1.5">
          {STRENGTH_FILTERS.map((s) => (
            <label key={s} className={CHIP} title={STRENGTH_INFO[s].meaning}>
              <input
                type="checkbox"
                className="accent-blue-700"
                checked={view.strengths.includes(s)}
                onChange={() => setView((v) => ({ ...v, strengths: toggle(v.strengths, s) }))}
              />
              <StrengthMeter level={STRENGTH_INFO[s].meter} />
              {STRENGTH_INFO[s].label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}, sameViewParts("show", "categories", "stances", "strengths"));
