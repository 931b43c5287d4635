import { StrengthBadge } from "@/components/ui/strength-badge";
import { STRENGTH_INFO, STRENGTHS } from "@/lib/data/vocab";

const h2 = "pt-4 text-xl font-semibold";

const RULES = [
  "A stance other than “not addressed” needs at least one citation of the party's own words or of reporting of its position. Commentary may accompany a stance, never carry it.",
  "“Own words” are a party's words: from its own statement or document, or, in anyone else's text, only the words inside that text's quotation marks. The White House readout's account of what the Ukrainian delegation said is reporting, like any other.",
  "A speaker is named only for own words. A report about a person names them as what it is “about”, never as its speaker.",
  "A quote keeps the hedge that opens its sentence (“reportedly”, “suggest that”, “it was reported that”, “according to”, “claimed”…): the build names the words a quote leaves out.",
  "Every source names its author or publisher, or says it is anonymous; says whether it is a party's own statement, a news report or an analysis; and lists its known problems. Where two passages disagree, every cell and event that cites one of them says so.",
];

const CALLS = [
  "A rejection of a package of provisions counts against each provision in it, and the summary says it was the package (Ukraine on Kherson and Zaporizhzhia); a refusal to cede territory is not cited against a freeze of the line, which on its face cedes none. On the ceasefire line alone the sources give no Ukrainian view, so that cell stays ambiguous.",
  "A party reported to have rejected “numerous elements” of a framework, without saying which, is ambiguous on the framework as a whole (Russia on the form of security guarantees), never “rejects”; on the rows for single elements (how long, who guarantees, who monitors) it is not addressed, since the sources do not say it spoke to them.",
  "Where the White House readout says a concern “was thoroughly addressed”, and that Ukraine appreciated the approach taken to incorporate its feedback into each component, but not how, the Geneva framework is ambiguous on it.",
  "The Geneva framework's column holds only what the White House texts say the draft contains. What its two authors say in the joint statement of how they will proceed or what any agreement must do (final decisions by the two Presidents, close contact with European partners, upholding Ukraine's sovereignty) is in their own columns.",
  "A proposal a source attributes to a person (“Trump's proposed security framework”) goes in that actor's column unless the source ties it to a document; the order of an analysis' sentences does not tie it. The plan's cells on those rows say where it is.",
  "An analysis' account of Trump's proposals (“maintaining the current frontline as a cease-fire line”) is coded in the US administration's column on every row it bears on; it pulls against another article's account of the 28-point plan, which has Ukraine withdraw from the part of Donetsk it holds, and every cell citing either says so.",
  "An analyst's reading of a party (“from the Kremlin's perspective”, “This reflects…”) is commentary, even when it names the party; so is a side's view stated in the author's own voice with the author's reasons (“for Ukraine … territorial concessions remain absolutely non‑negotiable, as ceding land under duress would legitimize aggression”). A report of what a party said or did (“Officials stressed”, “Moscow signaled”) is reporting.",
  "A quote leaves out an author's gloss that opens its sentence where the rest stands on its own (“Recognizing the Trump plan's fundamental unsuitability”, “His resistance was principled”); a gloss inside a sentence that carries the report (“maximalist demands”) stays in the quote, never in the summary.",
  "An article's closing overview of the parties, restating what it reported earlier (“While Trump pursues bilateral U.S.-Russia talks…, Europe emphasizes…”), is commentary: the cells cite the earlier reporting, and a European leaders' cell does not take the counter-proposal's terms from it.",
  "A third party's account of a party's conduct (the US First Lady's commendation of Russia and Ukraine; Trump's claim that Putin desired an end to the war) may carry a stance as reporting; its strength then says it is a single report.",
  "A proposition asks one question; the particulars that one source gives beside its answer (renewal by mutual consent beside ten years; supervision by European partners beside a joint commission) are in the definition and the summary. The row on who must agree to the settlement names Ukraine and European states together, as the only position the sources report on it (Macron and Merz's “without Ukrainians and Europeans”) does; a party that held one half would be coded conditional.",
  "A person whose side the sources do not give (Umerov) is cited only for what the report says of the other side (his talks with US envoys), never in a column the sources do not tie him to.",
  "Sources are counted as independent: the corpus cannot show whether one article draws on another.",
];

/** The rules the loader enforces, the strength of evidence in fixed words, and the judgement calls kept. */
export function MethodSection() {
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
        report, anonymous source&rdquo;). Where sources disagree on a fact a cell relies on, the cell says what they
        disagree on.
      </p>
      <h3 className="pt-2 font-semibold">Judgement calls</h3>
      <ul className="list-disc space-y-1 pl-6">
        {CALLS.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
