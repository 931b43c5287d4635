import Link from "next/link";

/** The 404 page's text and ways on; `children` names the closest issues, where there are any. */
export function NotFoundMessage({ children }: { children?: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the issue may have been removed.</p>
      {children}
      <ul className="list-inside list-disc">
        <li>
          <Link href="/" className="underline underline-offset-4">
            Go to the matrix
          </Link>{" "}
          to compare every issue
        </li>
        <li>
          <Link href="/issues" className="underline underline-offset-4">
            Browse the list of issues
          </Link>
        </li>
        <li>
          <Link href="/sources" className="underline underline-offset-4">
            Browse the sources
          </Link>
        </li>
      </ul>
    </div>
  );
}
