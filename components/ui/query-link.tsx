"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, type ComponentProps } from "react";
import { queryString } from "@/lib/site/links";

type Props = Omit<ComponentProps<typeof Link>, "href"> & { href: string; hash?: string };

function LinkWithQuery({ href, hash = "", ...props }: Props) {
  const query = queryString(useSearchParams().toString());
  return <Link href={`${href}${query}${hash}`} {...props} />;
}

/**
 * A link that carries the current page's query string along: the matrix hands its view
 * settings to an issue page that way, and gets them back. The page stays static: the query
 * is read in the browser, and until then (or without JavaScript) the link goes without it.
 */
export function QueryLink(props: Props) {
  const { href, hash = "", ...rest } = props;
  return (
    <Suspense fallback={<Link href={`${href}${hash}`} {...rest} />}>
      <LinkWithQuery {...props} />
    </Suspense>
  );
}
