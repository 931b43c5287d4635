import { ClosestIssues } from "@/components/site/closest-issues";
import { NotFoundMessage } from "@/components/site/not-found-message";

export const metadata = { title: "Page not found" };

// Next embeds this in every page's first response, so it stays small: the closest issues are
// looked up in the browser, from the address and /issues/index.json, only on a 404. Prerendered,
// the same for every address: no 404 is rendered per request.
export default function NotFound() {
  return (
    <NotFoundMessage>
      <ClosestIssues />
    </NotFoundMessage>
  );
}
