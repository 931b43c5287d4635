// citation.js ships no types: the little of it that cite-format.ts uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(format: string, options?: Record<string, unknown>): string;
    data: Record<string, unknown>[];
  }
  export const plugins: {
    config: { get(name: "@csl"): { styles: { has(name: string): boolean; add(name: string, xml: string): void } } };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-cff";
// The Frictionless reference implementation (tests only) ships no types either.
declare module "datapackage";
