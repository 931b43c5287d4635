"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CITATION_KINDS, CITATION_KIND_INFO, STANCES, STANCE_INFO, type CitationKind } from "@/lib/data/vocab";
import { CODE_CELL_ROUTE, type CodeCellAnswer, type CodeCellRequest } from "@/lib/corpus/form";
import type { QuoteSelector } from "@/lib/data/quotes";

export type CellFormOptions = {
  issues: { slug: string; title: string }[];
  positions: { slug: string; label: string }[];
  categories: { slug: string; title: string }[];
};

const NEW = "__new";
const field = "block w-full rounded border px-2 py-1 dark:bg-slate-800";

/**
 * For maintainers, in `npm run dev` only (loaded by DevPassagePicker): codes the selected passage
 * into a cell, or starts a new issue with it, through the dev-only route; the data check's
 * problems show here, each under the rule it breaks.
 */
export function DevCellForm({ source, selector, options }: { source: string; selector: QuoteSelector; options: CellFormOptions }) {
  const router = useRouter();
  const [answer, setAnswer] = useState<CodeCellAnswer | null>(null);
  const [issue, setIssue] = useState(options.issues[0]?.slug ?? NEW);
  const [kind, setKind] = useState<CitationKind>("reporting");
  const [busy, setBusy] = useState(false);

  async function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const person = text("person");
    const newIssue =
      issue === NEW
        ? { slug: text("slug") ?? "", title: text("title") ?? "", definition: text("definition") ?? "", proposition: text("proposition") ?? "", category: text("category") ?? "" }
        : undefined;
    const body: CodeCellRequest = {
      issue: newIssue?.slug ?? issue,
      position: String(form.get("position")),
      citation: { source, ...selector, kind, ...(person ? (kind === "own-words" ? { speaker: person } : { about: person }) : {}) },
      stance: (text("stance") as CodeCellRequest["stance"]) ?? undefined,
      summary: text("summary"),
      newIssue,
    };
    setBusy(true);
    try {
      const response = await fetch(CODE_CELL_ROUTE, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const result = (await response.json()) as CodeCellAnswer;
      setAnswer(result);
      if (result.written) router.refresh();
    } catch (error) {
      const message = `The development server did not answer (${(error as Error).message}): is npm run dev still running? Nothing was written.`;
      setAnswer({ written: false, problems: [{ rule: "The server", file: "", line: 0, field: "", message }] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form action={submit} aria-label="Code a cell with this passage" className="space-y-2">
      <label className="block">
        Issue
        <select name="issue" value={issue} onChange={(e) => setIssue(e.target.value)} className={field}>
          {options.issues.map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.title}
            </option>
          ))}
          <option value={NEW}>New issue…</option>
        </select>
      </label>
      {issue === NEW && (
        <fieldset className="space-y-1 rounded border p-2">
          <legend>New issue</legend>
          {(["slug", "title", "definition", "proposition"] as const).map((name) => (
            <label key={name} className="block capitalize">
              {name}
              <input name={name} required className={field} />
            </label>
          ))}
          <Choice label="Category" name="category" options={options.categories.map((c) => [c.slug, c.title])} />
        </fieldset>
      )}
      <Choice label="Position" name="position" options={options.positions.map((p) => [p.slug, p.label])} />
      <label className="block">
        Citation kind
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as CitationKind)} className={field}>
          {CITATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {CITATION_KIND_INFO[k].label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {kind === "own-words" ? "Speaker (whose words the quotation marks give)" : "About (the person the passage reports on; optional)"}
        <input name="person" required={kind === "own-words"} className={field} />
      </label>
      <Choice label="Stance (optional: leave as it is)" name="stance" options={[["", "Leave as it is"], ...STANCES.map((s): [string, string] => [s, STANCE_INFO[s].label])]} />
      <label className="block">
        Summary (optional: in our words, faithful to the quotes)
        <textarea name="summary" rows={2} maxLength={280} className={field} />
      </label>
      <button type="submit" disabled={busy} className="cursor-pointer rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-60">
        {busy ? "Writing…" : "Write the citation"}
      </button>
      {answer && <Answer answer={answer} />}
    </form>
  );
}

/** A labelled select whose value the form reads by name. */
function Choice({ label, name, options }: { label: string; name: string; options: [value: string, text: string][] }) {
  return (
    <label className="block">
      {label}
      <select name={name} className={field}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Answer({ answer }: { answer: CodeCellAnswer }) {
  if (answer.written) return <p role="status">Written to {answer.file}; the data check passes.</p>;
  return (
    <div role="alert" className="space-y-1 text-red-800 dark:text-red-300">
      <p className="font-semibold">Not written: the data check refuses it.</p>
      <ul className="space-y-1">
        {answer.problems.map((p, i) => (
          <li key={i}>
            <strong>{p.rule}:</strong> {p.message}
            {p.file && (
              <span className="text-xs opacity-80">
                {" "}
                ({p.file}:{p.line} {p.field})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
