import Link from "next/link";
import { ClosestIssues } from "@/components/issue/closest-issues";

export const metadata = { title: "Page not found" };

// Next embeds this in every page's first response, so it stays small: the closest issues
// are looked up in the browser, from the address and /issues/index.json, only on a 404.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the issue may have been removed.</p>
      <ClosestIssues />
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
