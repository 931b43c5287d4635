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

export function ExportFileList({ files }: { files: readonly ExportFile[] }) {
  return (
    <ul className="mt-6 space-y-4">
      {files.map((f) => (
        <li key={f.href} className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="font-medium">
            <a href={f.href} download={f.download ? "" : undefined} className="underline underline-offset-4">
              {f.title}
            </a>{" "}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({f.format})</span>
          </h2>
          <p className="mt-1 text-sm">
            <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{f.href}</code> · {f.holds}
          </p>
          <p className="mt-2 text-slate-700 dark:text-slate-200">{f.description}</p>
        </li>
      ))}
    </ul>
  );
}
