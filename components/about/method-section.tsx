import { StrengthBadge } from "@/components/ui/strength-badge";
import { STRENGTH_INFO, STRENGTHS } from "@/lib/data/vocab";
import { siteIdentity } from "@/lib/site/identity";

const h2 = "pt-4 text-xl font-semibold";

const RULES = [
  "A stance other than “not addressed” needs at least one citation of the party's own words or of reporting of its position. Commentary may accompany a stance, never carry it.",
  "“Own words” are a party's words: from its own statement or document, or, in anyone else's text, only the words inside that text's quotation marks.",
  "A speaker is named only for own words. A report about a person names them as what it is “about”, never as its speaker.",
  "A quote keeps the hedge that opens its sentence (“reportedly”, “suggest that”, “it was reported that”, “according to”, “claimed”…): the build names the words a quote leaves out.",
  "Every source names its author or publisher, or says it names neither; says whether it is a party's own statement, a news report or an analysis; and lists its known problems. Where two passages disagree, every cell and event that cites one of them says so.",
];


/** The rules the loader enforces, the strength of evidence in fixed words, and the judgement calls kept. */
export function MethodSection() {
  const calls = siteIdentity().judgementCalls;
  return (
    <section aria-labelledby="method-heading" className="space-y-3">
      <h2 id="method-heading" className={h2}>
        The method
      </h2>
      <p>The build refuses data that breaks any of these rules, and names the file, line and field:</p>
      <ol className="list-decimal space-y-1 pl-6">
        {RULES.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <h3 className="pt-2 font-semibold">Strength of the evidence</h3>
      <p>
        Each stated cell says how much its evidence weighs, in fixed words, as the IPCC rates evidence by its type and
        amount. It is computed from the citations, never typed: commentary never counts, and each source counts once.
      </p>
      <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2">
        {STRENGTHS.filter((s) => s !== "not-stated").map((level) => (
          <div key={level} className="contents">
            <dt>
              <StrengthBadge
                strength={{ level, label: level === "reported" ? "Reported by 2 sources" : STRENGTH_INFO[level].label, sources: 0, citations: 0, anonymous: false, disputed: false }}
              />
            </dt>
            <dd>{STRENGTH_INFO[level].meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        Where every source that carries a stance names neither author nor publisher, the strength says so (&ldquo;Single
        report, no named author or publisher&rdquo;). Where sources disagree on a fact a cell relies on, the cell says what they
        disagree on.
      </p>
      {calls.length > 0 && (
        <>
          <h3 className="pt-2 font-semibold">Judgement calls</h3>
          <ul className="list-disc space-y-1 pl-6">
            {calls.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
