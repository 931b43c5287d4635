import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { IssuePreviewCard, PREVIEW_ALT, PREVIEW_SIZE } from "@/components/issue/preview-card";
import { truncate } from "@/lib/site/metadata";
import { cellOf } from "@/lib/data/cells";
import { loadDataset } from "@/lib/load/load";
import { SITE_NAME } from "@/lib/site/metadata";
import { siteUrl } from "@/lib/site/links";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = PREVIEW_ALT;

export function generateStaticParams() {
  return loadDataset().issues.map((i) => ({ slug: i.slug }));
}

function columnsOf(slug: string) {
  const data = loadDataset();
  const issue = data.issues.find((i) => i.slug === slug);
  if (!issue) notFound();
  const columns = data.positions.map((p) => ({ label: p.shortLabel, stance: cellOf(issue, p.slug).stance }));
  const category = data.categories.find((c) => c.slug === issue.category)?.title;
  return { issue, columns, category };
}

export default async function Image({ params }: Props) {
  const { issue, columns, category } = columnsOf((await params).slug);
  return new ImageResponse(
    <IssuePreviewCard
      kicker={[SITE_NAME, category].filter(Boolean).join(" · ")}
      title={issue.title}
      proposition={truncate(`Proposition: ${issue.proposition}`, 150)}
      columns={columns}
      host={siteUrl().host}
    />,
    size,
  );
}
