import type { Position } from "@/lib/data/schema";
import { listNames } from "@/lib/format";
import { POSITION_KIND_INFO, POSITION_KINDS } from "@/lib/data/vocab";

const h2 = "pt-4 text-xl font-semibold";

/** The columns, documents apart from actors, each with its scope: what belongs in it and what does not. */
export function ColumnsSection({ positions }: { positions: readonly Position[] }) {
  const shown = positions.filter((p) => p.default);
  // The data's own case of the rule: a document beside the actor whose document it is.
  const document = positions.find((p) => p.kind === "document" && p.authors.length > 0);
  const author = positions.find((p) => p.slug === document?.authors[0]);
  const example = document && author ? { document: `“${document.label}”`, author: `“${author.label}”` } : null;
  return (
    <section aria-labelledby="columns-heading" className="space-y-3">
      <h2 id="columns-heading" className={h2}>
        The columns: documents and actors
      </h2>
      <p>
        Each column has one scope. A <strong>document</strong> column holds only that document&apos;s terms, as the sources
        report them; what its authors said about it or beside it goes in their own column. An <strong>actor</strong> column
        holds what that government&apos;s or group&apos;s officials state, or are reported to hold.
        {example && ` So ${example.document} and ${example.author} are two columns.`}
      </p>
      {POSITION_KINDS.map((kind) => (
        <div key={kind}>
          <h3 className="font-semibold">{POSITION_KIND_INFO[kind].label}s</h3>
          <p className="text-sm text-slate-600 dark:text-slate-300">{POSITION_KIND_INFO[kind].meaning}</p>
          <dl className="mt-2 space-y-2">
            {positions
              .filter((p) => p.kind === kind)
              .map((p) => (
                <div key={p.slug}>
                  <dt className="font-semibold">{p.label}</dt>
                  <dd className="text-slate-700 dark:text-slate-200">
                    <span className="font-medium">Scope:</span> {p.scope} {p.description}
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
      {shown.length > 0 && shown.length < positions.length && (
        <p>
          A first-time reader sees {listNames(shown.map((p) => p.label))}; the others are one click away, under
          Positions.
        </p>
      )}
    </section>
  );
}
