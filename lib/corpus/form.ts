/**
 * What the dev-only citation form sends (components/source/dev-cell-form.tsx) and what its
 * route answers (app/dev/code-cell/route.ts): one shape for both ends.
 */
import { z } from "zod";
import { citationSchema, slugSchema } from "../data/schema";
import { STANCES } from "../data/vocab";

export const CODE_CELL_ROUTE = "/dev/code-cell";

export const newIssueSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().min(1),
  definition: z.string().min(1),
  proposition: z.string().min(1),
  category: slugSchema,
});

export const codeCellRequestSchema = z.strictObject({
  issue: slugSchema,
  position: slugSchema,
  citation: citationSchema,
  stance: z.enum(STANCES).optional(),
  summary: z.string().min(1).optional(),
  /** Start this issue first: the form's "New issue". */
  newIssue: newIssueSchema.optional(),
});

export type CodeCellRequest = z.infer<typeof codeCellRequestSchema>;

export type FormProblem = { rule: string; file: string; line: number; field: string; message: string };
export type CodeCellAnswer = { written: true; file: string } | { written: false; problems: FormProblem[] };
