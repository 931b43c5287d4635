import { createHash } from "node:crypto";
import { annotationCollection } from "@/lib/export/annotations";
import { loadPublication } from "@/lib/release/load";
import { siteUrl } from "@/lib/site/links";

export const dynamic = "force-static";

/** Every citation as a W3C Web Annotation, in one AnnotationCollection. A public address: keep it stable. */
export function GET() {
  const { data, edition } = loadPublication();
  // The corpus records each file's hash; the loader has checked it, so it names the text the selectors index.
  const sha256 = (s: (typeof data.sources)[number]) => s.sha256 ?? createHash("sha256").update(s.text).digest("hex");
  return new Response(JSON.stringify(annotationCollection(data, { siteUrl: siteUrl().href, edition, sha256 }), null, 2), {
    headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "Access-Control-Allow-Origin": "*" },
  });
}
