import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextRequest } from "next/server";
import { loadDataset } from "@/lib/load/load";
import { toMatrixData, type MatrixData } from "@/lib/matrix/data";
import { viewPreview } from "@/lib/matrix/preview";
import { parseView, viewContext } from "@/lib/matrix/view";
import { absoluteUrl } from "@/lib/site/links";
import { pageTitle } from "@/lib/site/metadata";
import { withPreviewHead } from "@/lib/site/preview-head";

// A shared view's document (proxy.ts rewrites `/?<view>` here): the prerendered matrix, as built,
// with the view's link preview in its head. Nothing is rendered: the browser applies the view from
// the address, and the answer is the same for everyone, so a cache in front may keep it.
export const dynamic = "force-dynamic";

let matrix: { data: MatrixData; from: unknown } | null = null;
function matrixData(): MatrixData {
  const dataset = loadDataset();
  if (matrix?.from !== dataset) matrix = { data: toMatrixData(dataset), from: dataset };
  return matrix.data;
}

// Read once: the build does not change under a running server.
let prerendered: string | null = null;
function matrixPage(): string {
  const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
  return (prerendered ??= readFileSync(path.join(/*turbopackIgnore: true*/ distDir, "server", "app", "index.html"), "utf8"));
}

export function GET(request: NextRequest) {
  const data = matrixData();
  const preview = viewPreview(data, parseView(request.nextUrl.searchParams, viewContext(data)));
  const page = matrixPage();
  const html = preview ? withPreviewHead(page, { ...preview, url: absoluteUrl(`/?${preview.query}`) }, pageTitle) : page;
  const etag = `"${createHash("sha1").update(html).digest("base64url")}"`;
  // As Next.js says of the prerendered matrix itself: fresh for a shared cache until the next deployment.
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=31536000", etag, vary: "accept-encoding" };
  if (request.headers.get("if-none-match")?.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}` || tag === "*"))
    return new Response(null, { status: 304, headers });
  return new Response(html, { headers });
}
