/**
 * `npm run source:add -- <file> [--id --title --publisher|--author|--anonymous --date --kind --url
 * --statement-of a,b --date-qualifier exact|on-or-after|approximate]`: adds a text to the corpus
 * of the data folder (POSITIONS_DATA_DIR, or data/). In a terminal it asks for what is missing;
 * otherwise it says what is missing and exits 1. docs/maintainers.md walks through it.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../lib/load/load";
import { DATE_QUALIFIERS, SOURCE_KINDS, type DateQualifier, type SourceKind } from "../lib/data/vocab";
import { addSource, idFromFileName, missingFacts, SourceRefused, type SourceFacts } from "../lib/corpus/add-source";
import { runDataCheck } from "./data-check-run";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: "string" },
    title: { type: "string" },
    publisher: { type: "string" },
    author: { type: "string" },
    anonymous: { type: "boolean" },
    date: { type: "string" },
    "date-qualifier": { type: "string" },
    kind: { type: "string" },
    url: { type: "string" },
    "statement-of": { type: "string" },
  },
});

const textFile = positionals[0];
if (!textFile || positionals.length > 1) {
  console.error("Usage: npm run source:add -- <file.txt|file.md> [--id … --title … --publisher …|--author …|--anonymous --date YYYY-MM-DD --kind own-statement|news-report|analysis --url …]");
  process.exit(1);
}
const oneOf = <T extends string>(value: string | undefined, options: readonly T[], name: string): T | undefined => {
  if (value === undefined || (options as readonly string[]).includes(value)) return value as T | undefined;
  console.error(`--${name} is one of ${options.join(", ")}, not "${value}".`);
  process.exit(1);
};
const facts: SourceFacts = {
  id: values.id,
  title: values.title,
  publisher: values.publisher,
  author: values.author,
  anonymous: values.anonymous,
  date: values.date,
  qualifier: oneOf<DateQualifier>(values["date-qualifier"], DATE_QUALIFIERS, "date-qualifier"),
  kind: oneOf<SourceKind>(values.kind, SOURCE_KINDS, "kind"),
  url: values.url === undefined || values.url === "" ? undefined : values.url,
  statementOf: values["statement-of"]?.split(",").map((s) => s.trim()).filter(Boolean),
};

if (missingFacts(facts).length > 0) {
  if (!process.stdin.isTTY) {
    console.error(`Not added: ${textFile} needs ${missingFacts(facts).join("; ")}. Give them as options, or run this in a terminal to be asked.`);
    process.exit(1);
  }
  await ask(facts);
}

const dataDir = process.env.POSITIONS_DATA_DIR ?? DATA_DIR;
try {
  const added = addSource(dataDir, textFile, facts);
  console.log(`Added ${added.id}: sources/${added.file} (SHA-256 ${added.sha256}), listed in sources.yaml${added.entry.url ? "" : " with url: null (unknown)"}.`);
} catch (e) {
  if (!(e instanceof SourceRefused)) throw e;
  console.error(`Not added. ${e.message}`);
  process.exit(1);
}
process.exit(runDataCheck(dataDir));

/** Asks, in a terminal, for each fact still missing; an empty answer leaves an optional one out. */
async function ask(f: SourceFacts) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const q = async (question: string, fallback = "") => (await rl.question(fallback ? `${question} [${fallback}] ` : `${question} `)).trim() || fallback;
  f.id ||= await q("Id (a slug):", idFromFileName(textFile!));
  f.title ||= await q("Title, as the text gives it (or a description in your words if it has none):");
  if (!f.publisher && !f.author && !f.anonymous) {
    f.author = (await q("Author, as the text names them (empty if none):")) || undefined;
    f.publisher = (await q("Publisher (empty if none):")) || undefined;
    if (!f.author && !f.publisher) f.anonymous = true;
  }
  f.date ||= await q("Date (YYYY, YYYY-MM or YYYY-MM-DD):");
  f.qualifier ??= oneOf<DateQualifier>(await q(`Is the date ${DATE_QUALIFIERS.join(", ")}?`, "exact"), DATE_QUALIFIERS, "date-qualifier");
  f.kind ??= oneOf<SourceKind>(await q(`Kind (${SOURCE_KINDS.join(", ")}):`), SOURCE_KINDS, "kind");
  if (f.kind === "own-statement" && !f.statementOf?.length)
    f.statementOf = (await q("Whose statement (actor position slugs, comma-separated):")).split(",").map((s) => s.trim()).filter(Boolean);
  if (f.url === undefined) f.url = (await q("Original address (empty if unknown; never invent one):")) || null;
  rl.close();
}
