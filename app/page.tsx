import { loadDataset } from "@/lib/load-data";
import { STANCE_INFO } from "@/lib/vocab";

// Placeholder-free first view: a plain table of every cell; the interactive matrix replaces it.
export default function HomePage() {
  const data = loadDataset();
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-lg font-semibold">Positions by issue</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">Issue</th>
          {data.positions.map((p) => (
            <th scope="col" key={p.slug} className="text-left">{p.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.issues.map((issue) => (
          <tr key={issue.slug}>
            <th scope="row" className="text-left align-top">{issue.title}</th>
            {data.positions.map((p) => {
              const cell = issue.cells[p.slug]!;
              return (
                <td key={p.slug} className="align-top">
                  <p>{STANCE_INFO[cell.stance].label}: {cell.summary}</p>
                  {cell.citations.map((c) => (
                    <blockquote key={c.id}>“{c.quote}”</blockquote>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
