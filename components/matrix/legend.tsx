import { AGREEMENT_INFO, AGREEMENTS } from "@/lib/data/compare";
import type { MatrixPosition } from "@/lib/matrix/data";
import { CITATION_KIND_INFO, CITATION_KINDS, POSITION_KIND_INFO, STANCE_INFO, STANCES, STRENGTH_INFO, STRENGTHS } from "@/lib/data/vocab";
import { StrengthMeter } from "@/components/ui/strength-badge";
import { StanceBadge } from "@/components/ui/stance-badge";

/** How to read the matrix: a server component, so it costs the page no script. */
export function Legend({ positions }: { positions: readonly MatrixPosition[] }) {
  return (
    <details className="no-print mb-4 rounded border border-slate-200 text-sm dark:border-slate-700">
      <summary className="cursor-pointer px-3 py-2 font-medium">How to read the matrix</summary>
      <div className="grid gap-x-8 gap-y-4 px-3 pb-3 md:grid-cols-2">
        <section>
          <h2 className="mb-1 font-semibold">Stances</h2>
          <p className="mb-2 text-slate-700 dark:text-slate-300">
            Each row states a proposition; a stance says where a position stands on it. The colours only repeat the icon
            and the word: none of them means approval or refusal. &ldquo;{STANCE_INFO["not-addressed"].label}&rdquo; is
            not a stance: the sources we hold say nothing on it for that position.
          </p>
          <dl className="space-y-1">
            {STANCES.map((s) => (
              <div key={s} className="flex flex-wrap items-baseline gap-2">
                <dt>
                  <StanceBadge stance={s} />
                </dt>
                <dd className="text-slate-700 dark:text-slate-300">{STANCE_INFO[s].meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h2 className="mb-1 font-semibold">Agreement and divergence</h2>
          <p className="mb-2 text-slate-700 dark:text-slate-300">
            Counted among the positions shown. A position addresses an issue unless the sources are silent on it
            (&ldquo;{STANCE_INFO["not-addressed"].label}&rdquo;): silence never counts as agreement.
          </p>
          <dl className="space-y-1">
            {AGREEMENTS.map((a) => (
              <div key={a}>
                <dt className="inline font-semibold">
                  <span aria-hidden="true">{AGREEMENT_INFO[a].icon} </span>
                  {AGREEMENT_INFO[a].label}:
                </dt>{" "}
                <dd className="inline text-slate-700 dark:text-slate-300">{AGREEMENT_INFO[a].meaning}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            <strong className="font-semibold text-slate-900 dark:text-slate-100">Distance</strong> (the divergence sort): stances
            sit on a scale from accepting the proposition to refusing it (Supports 0, Conditional 1, Alternative 2,
            Rejects 3; Ambiguous counts as 1.5). The distance is the gap between the two stances furthest apart; ties go
            to the issue where more pairs of positions differ.
          </p>
        </section>
        <section>
          <h2 className="mb-1 font-semibold">Strength of the evidence</h2>
          <p className="mb-2 text-slate-700 dark:text-slate-300">
            Under each stance, a meter and fixed words say how much its evidence weighs. Where no cited text names its
            author or publisher, the words add &ldquo;no named author or publisher&rdquo;.
          </p>
          <dl className="space-y-1">
            {STRENGTHS.map((level) => (
              <div key={level} className="flex flex-wrap items-baseline gap-2">
                <dt className="strength">
                  <StrengthMeter level={STRENGTH_INFO[level].meter} />
                  {STRENGTH_INFO[level].label}
                </dt>
                <dd className="text-slate-700 dark:text-slate-300">{STRENGTH_INFO[level].meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h2 className="mb-1 font-semibold">Quotes</h2>
          <dl className="space-y-1">
            {CITATION_KINDS.map((k) => (
              <div key={k}>
                <dt className="inline font-semibold">{CITATION_KIND_INFO[k].label}:</dt>{" "}
                <dd className="inline text-slate-700 dark:text-slate-300">{CITATION_KIND_INFO[k].meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h2 className="mb-1 font-semibold">Positions</h2>
          <p className="mb-2 text-slate-700 dark:text-slate-300">
            Each column has one scope. A <strong className="font-semibold">document</strong> holds only its terms, as
            reported; an <strong className="font-semibold">actor</strong> holds what its officials state or are reported to
            hold.
          </p>
          <dl className="space-y-1">
            {positions.map((p) => (
              <div key={p.slug}>
                <dt className="inline font-semibold">
                  {p.label} <span className="font-normal text-slate-600 dark:text-slate-300">({POSITION_KIND_INFO[p.kind].label.toLowerCase()})</span>:
                </dt>{" "}
                <dd className="inline text-slate-700 dark:text-slate-300">{p.scope}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Keyboard: Tab reaches the table; arrow keys, Home, End, Page Up and Page Down move between cells; Enter opens a
            cell&apos;s evidence and Escape closes it. Every view is a link: copy the address to share it.
          </p>
        </section>
      </div>
    </details>
  );
}
