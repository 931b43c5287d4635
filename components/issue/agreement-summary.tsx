import type { IssueVerdict } from "@/lib/issue/agreement";
import type { Position } from "@/lib/data/schema";
import { StanceBadge } from "@/components/ui/stance-badge";

function Names({ positions }: { positions: Position[] }) {
  return (
    <span>
      {positions.map((p, i) => (
        <span key={p.slug}>
          {i > 0 && ", "}
          <a href={`#${p.slug}`} className="underline underline-offset-4">
            {p.shortLabel}
          </a>
        </span>
      ))}
    </span>
  );
}

/** Where the positions agree and diverge: a sentence, then each stance with the positions holding it. */
export function AgreementSummary({ agreement }: { agreement: IssueVerdict<Position> }) {
  return (
    <section aria-labelledby="agreement-heading" className="rounded border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="agreement-heading" className="text-lg font-semibold">
        Where the positions agree and differ
      </h2>
      <p className="mt-1">{agreement.headline}</p>
      <ul className="mt-3 space-y-1.5">
        {agreement.groups.map((g) => (
          <li key={g.stance} className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={g.stance} size="md" />
            <Names positions={g.positions} />
          </li>
        ))}
        {agreement.silent.length > 0 && (
          <li className="flex flex-wrap items-center gap-2">
            <StanceBadge stance="not-addressed" size="md" />
            <Names positions={agreement.silent} />
          </li>
        )}
      </ul>
    </section>
  );
}
