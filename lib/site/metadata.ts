/** Metadata shared by the pages that stand for one thing (an issue, a source): its own address and card. */
import type { Metadata } from "next";

export const SITE_NAME = "Positions Matrix";

export function articleMetadata({ title, description, url }: { title: string; description: string; url: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", siteName: SITE_NAME, title, description, url },
  };
}
