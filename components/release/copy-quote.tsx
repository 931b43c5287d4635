"use client";
import { passageHref } from "@/lib/site/links";
import { quoteForCopy, type QuotedPassage, type QuotedSource } from "@/lib/release/quote";
import { CopyButton } from "./copy-button";

/**
 * "Copy quote" beside a quote: the address is the passage in the reader, on the site the reader
 * is on. Pages pass `quotedPassage(citation)`, so that the page's payload carries no more of it.
 */
export function CopyQuote({ citation, source }: { citation: QuotedPassage; source: QuotedSource | undefined }) {
  const text = () =>
    quoteForCopy(citation, source ?? { title: citation.source, date: "date unknown" }, new URL(passageHref(citation), window.location.href).href);
  return <CopyButton text={text} label="Copy quote" name={`Copy quote: ${citation.quote.slice(0, 60)}`} />;
}
