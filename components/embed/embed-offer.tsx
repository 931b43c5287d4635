import { embedHref } from "@/lib/site/embed";
import { CopyCodeButton } from "./copy-code-button";

/**
 * "Embed": the `<iframe>` code that shows the issue's card on another site, to copy. A native
 * disclosure, so it opens and the code can be selected without JavaScript.
 */
export function EmbedOffer({ slug, code }: { slug: string; code: string }) {
  const field = `embed-code-${slug}`;
  return (
    <details className="no-print sm:relative">
      <summary className="cursor-pointer list-none rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        Embed
      </summary>
      {/* Below 640 px the panel spans the screen; above, it hangs from the button. */}
      <div className="absolute right-4 left-4 z-20 mt-2 space-y-2 sm:right-0 sm:left-auto sm:w-md rounded border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
        <label htmlFor={field} className="block text-sm font-semibold">
          Embed this issue on your site
        </label>
        <textarea
          id={field}
          readOnly
          rows={6}
          value={code}
          className="block w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        />
        <div className="flex flex-wrap items-center gap-2">
          <CopyCodeButton target={field} code={code} />
          <a href={embedHref(slug)} target="_blank" rel="noopener" className="text-sm underline underline-offset-4">
            Preview the card
          </a>
        </div>
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
