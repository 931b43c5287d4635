"use client";
import type { ReactNode } from "react";
import type { Category, Position, ResolvedEvent, ResolvedIssue } from "@/lib/data/schema";
import type { PublicationInfo } from "@/lib/release/edition";
import type { SourceCaption } from "@/lib/format";
import type { IssueVerdict } from "@/lib/issue/agreement";
import type { IssueHistoryEntry } from "@/lib/release/history";
import { cellOf } from "@/lib/data/cells";
import { AgreementSummary } from "./agreement-summary";
import { IssueEvents } from "./issue-events";
import { IssueHeader } from "./issue-header";
import { IssuePager, type Neighbour } from "./issue-pager";
import { PositionCard } from "./position-card";
import { IssueHistory, type FirstRelease } from "@/components/release/issue-history";
import { IssueActions } from "@/components/release/issue-actions";

export type IssueArticleProps = {
  issue: ResolvedIssue;
  category: Category | undefined;
  agreement: IssueVerdict<Position>;
  positions: Position[];
  sources: Map<string, SourceCaption>;
  events: ResolvedEvent[];
  info: PublicationInfo;
  history: IssueHistoryEntry[];
  first: FirstRelease | undefined;
  previous: Neighbour | undefined;
  next: Neighbour | undefined;
  /** The "Embed" offer, rendered on the server (its code needs the site's address). */
  embed: ReactNode;
};

/**
 * An issue page's article, drawn in the browser from the issue's data: the page's inline payload
 * then carries that data once, instead of a second copy of the whole rendered tree. The server
 * still renders it into the prerendered HTML, so it reads the same without JavaScript.
 */
export function IssueArticle({ issue, category, agreement, positions, sources, events, info, history, first, previous, next, embed }: IssueArticleProps) {
  // The history lists only this issue's changes: every slug in it, former or current, is this issue now.
  const current = () => issue.slug;
  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <IssueHeader issue={issue} category={category} summary={agreement.headline} actions={embed} />
      <IssueActions issue={issue} info={info} />
      <AgreementSummary agreement={agreement} />
      <section aria-labelledby="positions-heading" className="space-y-4">
        <h2 id="positions-heading" className="text-xl font-semibold">
          The positions
        </h2>
        {positions.map((p) => (
          <PositionCard key={p.slug} position={p} cell={cellOf(issue, p.slug)} sources={sources} info={info} title={issue.title} />
        ))}
      </section>
      <IssueEvents events={events} sources={sources} />
      <IssueHistory entries={history} first={first} current={current} />
      <IssuePager previous={previous} next={next} />
    </article>
  );
}
