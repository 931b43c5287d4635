import type { CitedPassage } from "@/lib/source/citation-index";
import type { SourceWithText } from "@/lib/data/schema";
import { sourceCaption } from "@/lib/format";
import { SourceReader } from "./source-reader";

/**
 * A source's full text with its cited passages (SourceReader), given only what it reads: the
 * text, the passages with their citers, the original address and the caption for "Copy quote".
 */
export async function SourceText({ source, passages }: { source: SourceWithText; passages: CitedPassage[] }) {
  // For maintainers: in `npm run dev`, selecting text offers its citation YAML. The bundler drops
  // this branch, and the picker with it, from the production build.
  let picker: React.ReactNode = null;
  if (process.env.NODE_ENV === "development") {
    const { DevPassagePicker } = await import("./dev-passage-picker");
    const { loadDataset } = await import("@/lib/load/load");
    const data = loadDataset();
    const options = {
      issues: data.issues.map(({ slug, title }) => ({ slug, title })),
      positions: data.positions.map(({ slug, label }) => ({ slug, label })),
      categories: data.categories.map(({ slug, title }) => ({ slug, title })),
    };
    picker = <DevPassagePicker text={source.text} source={source.id} options={options} />;
  }
  return (
    <>
      <SourceReader text={source.text} passages={passages} markdown={source.file.endsWith(".md")} url={source.url} caption={sourceCaption(source)} />
      {picker}
    </>
  );
}
