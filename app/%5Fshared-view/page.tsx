import type { Metadata } from "next";
import { loadDataset } from "@/lib/load/load";
import { toMatrixData, type MatrixData } from "@/lib/matrix/data";
import { viewPreview } from "@/lib/matrix/preview";
import { parseView, viewContext } from "@/lib/matrix/view";
import { SITE_NAME } from "@/lib/site/metadata";
import { alt, size } from "../opengraph-image";

// The matrix itself, rendered on demand for a document request to `/` whose address holds a
// view (proxy.ts rewrites it here), so that its link preview names the view; the plain `/`
// stays prerendered. Never cached: each response carries its own CSP nonce.
export { default } from "../page";
export const dynamic = "force-dynamic";

let matrix: { data: MatrixData; from: unknown } | null = null;
function matrixData(): MatrixData {
  const dataset = loadDataset();
  if (matrix?.from !== dataset) matrix = { data: toMatrixData(dataset), from: dataset };
  return matrix.data;
}

export async function generateMetadata({ searchParams }: PageProps<"/_shared-view">): Promise<Metadata> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  const data = matrixData();
  const preview = viewPreview(data, parseView(params, viewContext(data)));
  if (!preview) return { alternates: { canonical: "/" } };
  const { title, description } = preview;
  const url = `/?${preview.query}`;
  // The site's preview image, which app/opengraph-image.tsx gives only to `/` itself.
  const images = [{ url: "/opengraph-image", ...size, alt }];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: SITE_NAME, title, description, url, images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
