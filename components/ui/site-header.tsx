import { IntentLink } from "./intent-link";

const NAV = [
  { href: "/", label: "Matrix" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/export", label: "Download data" },
  { href: "/about", label: "About the data" },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-700">
      <nav aria-label="Main" className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        {/* Each page's JavaScript (the matrix's is the site's heaviest) is fetched on intent, not by every page on load. */}
        <IntentLink href="/" className="inline-flex min-h-6 items-center font-semibold tracking-tight">
          Positions Matrix
        </IntentLink>
        <ul className="flex flex-wrap gap-x-4 text-sm">
          {NAV.map((item) => (
            <li key={item.href}>
              <IntentLink href={item.href} className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
                {item.label}
              </IntentLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
