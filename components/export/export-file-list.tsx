/** The whole-dataset files at their stable addresses, each with what it holds. */

export type ExportFile = {
  href: string;
  title: string;
  format: string;
  /** What one row or record is, in the data's own numbers. */
  holds: string;
  description: string;
  /** Whether the browser should save the file rather than show it. */
  download?: boolean;
};

/** `level`: the files' heading level, 3 where the list sits under a section's own heading. */
export function ExportFileList({ files, level = 2 }: { files: readonly ExportFile[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <ul className="mt-6 space-y-4">
      {files.map((f) => (
        <li key={f.href} className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <Heading className="font-medium">
            <a href={f.href} download={f.download ? "" : undefined} className="underline underline-offset-4">
              {f.title}
            </a>{" "}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({f.format})</span>
          </Heading>
          <p className="mt-1 text-sm">
            <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{f.href}</code> · {f.holds}
          </p>
          <p className="mt-2 text-slate-700 dark:text-slate-200">{f.description}</p>
        </li>
      ))}
    </ul>
  );
}
