import { ImageResponse } from "next/og";
import { SitePreviewCard } from "@/components/issue/site-preview-card";
import { loadDataset } from "@/lib/load/load";
import { siteUrl } from "@/lib/site/links";
import { siteIdentity } from "@/lib/site/identity";
import { citationTotal } from "@/lib/data/coverage";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `${siteIdentity().name}: ${siteIdentity().scope} compared issue by issue, with the stance codes in icon and word.`;

export default function Image() {
  const data = loadDataset();
  const citations = citationTotal(data);
  const facts = `${data.issues.length} issues · ${data.positions.length} positions · ${citations.all} ${citations.counted}, from ${data.sources.length} sources`;
  return new ImageResponse(<SitePreviewCard positions={data.positions.map((p) => p.label)} facts={facts} host={siteUrl().host} />, size);
}
