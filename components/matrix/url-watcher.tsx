/**
 * Tells the matrix when Next.js itself changes the address, e.g. the header's "Matrix" link
 * followed while a filtered view is open. Rendered inside its own Suspense boundary: reading
 * search params would otherwise keep the whole matrix out of the prerendered page.
 */
import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { hasPendingWrite, notifyUrlChange } from "./address-store";

export function UrlWatcher() {
  const params = useSearchParams();
  useEffect(() => {
    if (!hasPendingWrite()) notifyUrlChange();
  }, [params]);
  return null;
}
