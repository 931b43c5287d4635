import type { Metadata } from "next";
import { IssueIndex } from "@/components/issue/issue-index";
import { loadDataset } from "@/lib/load/load";

export const metadata: Metadata = {
  title: "Issues",
  description: "Every issue in dispute, by category, each with its own page of positions and evidence.",
  alternates: { canonical: "/issues" },
};

export default function IssuesPage() {
  const { issues, categories, positions } = loadDataset();
  return <IssueIndex issues={issues} categories={categories} positions={positions} />;
}
