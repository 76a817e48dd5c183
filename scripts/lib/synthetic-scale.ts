import Papa from 'papaparse';

/**
 * Text transforms that make a synthetic, larger copy of the project for the benchmark's scale
 * runs: more chapters (each with its paragraphs and figures) and more data rows. Pure functions;
 * scripts/bench.ts applies them to a temporary copy. The copies are never published.
 */

/** The offset added to section and paragraph numbers of copy `k` (k ≥ 1), e.g. 100 for k = 1. */
export function numberOffset(k: number): number {
  return k * 100;
}

/**
 * Copy `k` of a plan section (content/plan/*.mdx): its own order, section number and paragraph
 * numbers ("2.18" → "102.18", "A4.1" → "A104.1"), so that every paragraph id stays unique.
 */
export function scaleSection(mdx: string, k: number): string {
  const offset = numberOffset(k);
  return mdx
    .replace(/^order: (\d+)$/m, (_, n: string) => `order: ${Number(n) + offset}`)
    .replace(/^number: "(\d+)"$/m, (_, n: string) => `number: "${Number(n) + offset}"`)
    .replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t} (synthetic copy ${k})"`)
    .replace(/<Para n="(\d+)\.(\d+)">/g, (_, s: string, p: string) => `<Para n="${Number(s) + offset}.${p}">`)
    .replace(
      /<Para n="A(\d+)\.(\d+)">/g,
      (_, s: string, p: string) => `<Para n="A${Number(s) + offset}.${p}">`,
    );
}

/** The source_id under which copy `k` of the rows citing `original` is filed. */
export function syntheticSourceId(original: string, k: number): string {
  return `${original}_X${k}`;
}

/**
 * A data CSV with a source_id column followed by `copies` duplicates of its rows, each copy filed
 * under synthetic source_ids of its own (one per original source, so rows that several sources
 * give stay distinct); keys stay unique and charts, which select the recommended source, draw the
 * same figures from more rows. Returns the new CSV and the synthetic ids it uses.
 */
export function scaleObservations(csv: string, copies: number): { csv: string; sourceIds: string[] } {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('source_id')) return { csv, sourceIds: [] };
  const extra = Array.from({ length: copies }, (_, i) =>
    parsed.data.map((row) => ({ ...row, source_id: syntheticSourceId(row['source_id'] ?? '', i + 1) })),
  ).flat();
  return {
    csv: `${Papa.unparse([...parsed.data, ...extra], { columns: fields, newline: '\n' })}\n`,
    sourceIds: [...new Set(extra.map((row) => row.source_id))].sort(),
  };
}

/** Rows for data/sources.csv registering synthetic source ids. */
export function syntheticSourceRows(ids: readonly string[]): string {
  return ids
    .map(
      (id) =>
        `${id},Synthetic copy for the scale benchmark,Benchmark,https://example.org/,,,,Not published,Never published\n`,
    )
    .join('');
}
