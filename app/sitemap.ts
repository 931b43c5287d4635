import type { MetadataRoute } from "next";
import { issueHref, sourceHref } from "@/lib/site/links";
import { loadDataset } from "@/lib/load/load";
import { absoluteUrl } from "@/lib/site/links";

// Every page worth finding: the matrix and its companions, each issue, each source.
export default function sitemap(): MetadataRoute.Sitemap {
  const data = loadDataset();
  const pages = ["/", "/issues", "/timeline", "/sources", "/about", "/export", "/changes"];
  return [
    ...pages.map((p) => ({ url: absoluteUrl(p), priority: p === "/" ? 1 : 0.6 })),
    ...data.issues.map((i) => ({ url: absoluteUrl(issueHref(i.slug)), priority: 0.8 })),
    ...data.sources.map((s) => ({ url: absoluteUrl(sourceHref(s.id)), priority: 0.5 })),
  ];
}
