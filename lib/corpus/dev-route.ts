/** The dev-only route's work (app/dev/code-cell/route.ts): the form's request in, the writer's answer out. Server-only. */
import { DATA_DIR, readDataFiles } from "../load/load";
import { checkFiles } from "./check";
import { addCitation, startIssue } from "./code-cell";
import { codeCellRequestSchema, type CodeCellAnswer } from "./form";

export async function codeCell(request: Request): Promise<Response> {
  const dataDir = process.env.POSITIONS_DATA_DIR ?? DATA_DIR;
  const parsed = codeCellRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ rule: "The form", file: "", line: 0, field: i.path.join("."), message: i.message }));
    return Response.json({ written: false, problems } satisfies CodeCellAnswer, { status: 400 });
  }
  const { newIssue, ...cite } = parsed.data;
  if (newIssue) {
    const positions = checkFiles(readDataFiles(dataDir)).data?.positions ?? [];
    const started = startIssue(dataDir, newIssue, positions.filter((p) => p.complete).map((p) => p.slug));
    if (!started.written) return Response.json({ written: false, problems: started.problems } satisfies CodeCellAnswer);
  }
  const result = addCitation(dataDir, { ...cite, issue: newIssue?.slug ?? cite.issue });
  const answer: CodeCellAnswer = result.written ? { written: true, file: result.file } : { written: false, problems: result.problems };
  // A refusal by the data check is an answer, not a failed request: the form shows it.
  return Response.json(answer);
}
