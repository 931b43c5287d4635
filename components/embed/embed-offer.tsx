import { formatPartialDate } from "@/lib/format";
import { embedCode, type IssueCardData } from "@/lib/issue/card";
import { embedHref } from "@/lib/site/embed";
import { CopyCodeButton } from "./copy-code-button";

/** One card to embed: the latest, which follows the data, or a release's, which never changes. */
export type EmbedChoice = { key: "latest" | "pinned"; label: string; note: string; code: string; href: string };

/** The choice for `card`: a release's card when it is pinned (released on `date`), else the latest. */
export function embedChoice(card: IssueCardData, site: string, date?: string): EmbedChoice {
  const code = embedCode(card, site);
  const href = embedHref(card.slug, "light", card.version);
  return card.version
    ? { key: "pinned", label: `Version ${card.version}`, note: `as released${date ? ` on ${formatPartialDate(date)}` : ""}: this card never changes`, code, href }
    : { key: "latest", label: "The latest", note: "follows each release of the data", code, href };
}

/**
 * "Embed": the `<iframe>` code that shows the issue's card on another site, to copy: the latest
 * card or this version's, the first offered chosen. A native disclosure, and radio buttons that
 * show their code through CSS alone (ui.css, `.embed-offer`), so it all works without JavaScript.
 */
export function EmbedOffer({ slug, choices }: { slug: string; choices: readonly EmbedChoice[] }) {
  const several = choices.length > 1;
  return (
    <details className="embed-offer no-print sm:relative">
      <summary className="cursor-pointer list-none rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        Embed
      </summary>
      {/* Below 640 px the panel spans the screen; above, it hangs from the button. */}
      <div className="absolute right-4 left-4 z-20 mt-2 space-y-2 sm:right-0 sm:left-auto sm:w-md rounded border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
        {several && (
          <fieldset className="space-y-1">
            <legend className="text-sm font-semibold">Which card</legend>
            {choices.map((c, i) => (
              <label key={c.key} className="flex items-baseline gap-2 text-sm">
                <input type="radio" name={`embed-card-${slug}`} value={c.key} defaultChecked={i === 0} />
                <span>
                  <span className="font-medium">{c.label}</span> <span className="muted">{c.note}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {choices.map((c) => {
          const field = `embed-code-${slug}-${c.key}`;
          return (
            <div key={c.key} data-embed={c.key} className={several ? "embed-choice space-y-2" : "space-y-2"}>
              <label htmlFor={field} className="block text-sm font-semibold">
                Embed this issue on your site
              </label>
              <textarea
                id={field}
                readOnly
                rows={6}
                value={c.code}
                className="block w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
              />
              <div className="flex flex-wrap items-center gap-2">
                <CopyCodeButton target={field} code={c.code} />
                <a href={c.href} target="_blank" rel="noopener" className="text-sm underline underline-offset-4">
                  Preview the card
                </a>
              </div>
            </div>
          );
        })}
        <p className="text-sm text-slate-600 dark:text-slate-300">
          The card shows each position&apos;s stance, summary and number of quotes, and links back to this page. The
          script after the frame fits its height to the card at any width; without it the frame keeps the height in the
          code. The card is light: add <code>?theme=dark</code> to its address for dark, or <code>?theme=auto</code> to
          follow the reader&apos;s setting.
        </p>
      </div>
    </details>
  );
}
