/**
 * What a LAIT release changes against the committed data/ CSVs, compared by measure, area and
 * year (never by label: "2025 (prov)" becoming "2025" is a change of mark), written as a short
 * report for the editor and drafted as an entry of content/changelog.yaml.
 */
import { parseRows, valueKey, type ImportResult, type ValueRow } from './lait-import';

/** One value DfE revised. */
export interface Revision {
  measure: string;
  area: string;
  period: string;
  old: string;
  new: string;
}

/** A change to one measure-year or measure field, old and new. */
export interface Change {
  measure: string;
  what: string;
  old: string;
  new: string;
}

/** Everything a release changes, each list sorted as the files are. */
export interface LaitChanges {
  /** Per measure, the periods added (with their mark). */
  yearsAdded: { measure: string; periods: { period: string; mark: string }[] }[];
  revised: Revision[];
  /** Per measure, the periods DfE no longer publishes, kept in data/ with their source id. */
  yearsKept: { measure: string; periods: { period: string; sourceId: string; planYear: boolean }[] }[];
  areasAdded: string[];
  areasGone: string[];
  /** Marks changed on a year, e.g. LAC 2025: "provisional" to "". */
  marks: Change[];
  /** Measure descriptions DfE changed: title, polarity, unit, notes. */
  measures: Change[];
  modelsAdded: string[];
}

const MEASURE_FIELDS = [
  'title',
  'chart_title',
  'unit',
  'polarity',
  'decimals',
  'year_type',
  'publication_url',
  'description',
  'methodology',
] as const;

type Row = Record<string, string>;

function groupPeriods<T>(rows: readonly T[], measureOf: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(measureOf(r), [...(out.get(measureOf(r)) ?? []), r]);
  return out;
}

/** The year of each measure-year, once, with its label and mark, in file order. */
function measureYears(rows: readonly ValueRow[]): Map<string, ValueRow> {
  const out = new Map<string, ValueRow>();
  for (const r of rows) if (!out.has(`${r.measure}|${r.year}`)) out.set(`${r.measure}|${r.year}`, r);
  return out;
}

/**
 * Compares an import's files with the committed ones.
 * @param before the committed files' text (blank for a file not there yet).
 * @param result the import's result.
 */
export function compareRelease(before: Record<string, string>, result: ImportResult): LaitChanges {
  const oldValues = parseRows<ValueRow & Row>(before.lait_values ?? '').map((r) => ({
    ...r,
    mark: r.mark ?? '',
  }));
  const newValues = parseRows<ValueRow & Row>(result.files.lait_values);
  const keptKeys = new Set(result.kept.map(valueKey));
  const fresh = newValues.filter((r) => !keptKeys.has(valueKey(r)));
  const oldByKey = new Map(oldValues.map((r) => [valueKey(r), r]));

  const oldYears = measureYears(oldValues);
  const freshYears = measureYears(fresh);
  const added = [...freshYears.values()].filter((r) => !oldYears.has(`${r.measure}|${r.year}`));
  const yearsAdded = [...groupPeriods(added, (r) => r.measure)].map(([measure, rows]) => ({
    measure,
    periods: rows.map((r) => ({ period: r.period, mark: r.mark })),
  }));

  const revised = fresh.flatMap((r): Revision[] => {
    const old = oldByKey.get(valueKey(r));
    return old && old.value !== r.value
      ? [{ measure: r.measure, area: r.area, period: r.period, old: old.value, new: r.value }]
      : [];
  });

  const planPeriods = new Set(
    parseRows<Row>(result.files.lait_measures).map((m) => `${m.measure}|${m.plan_period}`),
  );
  const keptYears = [...measureYears(result.kept).values()].filter(
    (r) => !freshYears.has(`${r.measure}|${r.year}`),
  );
  const yearsKept = [...groupPeriods(keptYears, (r) => r.measure)].map(([measure, rows]) => ({
    measure,
    periods: rows.map((r) => ({
      period: r.period,
      sourceId: r.source_id,
      planYear: planPeriods.has(`${measure}|${r.period}`),
    })),
  }));

  const areaNames = (rows: readonly Row[], code: string, name: string) =>
    new Map(rows.map((r) => [r[code] as string, r[name] as string]));
  const oldAreas = new Map([
    ...areaNames(oldValues, 'area_code', 'area'),
    ...areaNames(parseRows<Row>(before.lait_authorities ?? ''), 'la_number', 'la_name'),
  ]);
  const newAreas = new Map([
    ...areaNames(fresh, 'area_code', 'area'),
    ...areaNames(parseRows<Row>(result.files.lait_authorities), 'la_number', 'la_name'),
  ]);
  const areaLine = ([code, name]: [string, string]) => `${name} (${code})`;
  const areasAdded = [...newAreas].filter(([code]) => !oldAreas.has(code)).map(areaLine);
  const areasGone = [...oldAreas].filter(([code]) => !newAreas.has(code)).map(areaLine);

  const marks = [...freshYears.values()].flatMap((r): Change[] => {
    const old = oldYears.get(`${r.measure}|${r.year}`);
    return old && (old.mark !== r.mark || old.period !== r.period)
      ? [{ measure: r.measure, what: r.year, old: markedLabel(old), new: markedLabel(r) }]
      : [];
  });

  const oldMeasures = new Map(
    parseRows<Row>(before.lait_measures ?? '').map((m) => [m.measure as string, m]),
  );
  const measures = parseRows<Row>(result.files.lait_measures).flatMap((m): Change[] => {
    const old = oldMeasures.get(m.measure as string);
    if (!old) return [];
    return MEASURE_FIELDS.filter((f) => f in old && old[f] !== m[f]).map((f) => ({
      measure: m.measure as string,
      what: f,
      old: old[f] ?? '',
      new: m[f] ?? '',
    }));
  });

  const oldModels = new Set(parseRows<Row>(before.statistical_neighbours ?? '').map((r) => r.model));
  return {
    yearsAdded,
    revised,
    yearsKept,
    areasAdded,
    areasGone,
    marks,
    measures,
    modelsAdded: result.models.filter((m) => !oldModels.has(m)),
  };
}

/** A period with its mark in words, e.g. "2025 (provisional)". */
function markedLabel(r: Pick<ValueRow, 'period' | 'mark'>): string {
  return r.mark ? `${r.period} (${r.mark})` : r.period;
}

/** Whether a release changes anything. */
export function hasChanges(c: LaitChanges): boolean {
  return (
    c.yearsAdded.length + c.revised.length + c.yearsKept.length + c.areasAdded.length + c.areasGone.length >
      0 || c.marks.length + c.measures.length + c.modelsAdded.length > 0
  );
}

/** A date yyyy-mm-dd in words, e.g. "8 April 2026". */
export function dateInWords(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const shown = (value: string) => (value === '' ? 'not published' : value);

/** The report as Markdown: what the release changes, section by section. */
export function reportText(c: LaitChanges, result: ImportResult): string {
  const { release, sourceId } = result;
  const lines = [
    `# LAIT import: DfE's update of ${dateInWords(release.date)}`,
    '',
    `"${release.title}", ${release.repository} commit ${release.commit}; rows carry source id ${sourceId}.`,
    '',
  ];
  if (!hasChanges(c)) return `${[...lines, 'No changes: data/ already holds these figures.'].join('\n')}\n`;
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`## ${title} (${items.length})`, '', ...items.map((i) => `- ${i}`), '');
  };
  section(
    'Years added',
    c.yearsAdded.map((m) => `${m.measure}: ${m.periods.map(markedLabel).join(', ')}`),
  );
  section(
    'Values revised',
    c.revised.map((r) => `${r.measure}, ${r.area}, ${r.period}: ${shown(r.old)} -> ${shown(r.new)}`),
  );
  section(
    'Years DfE no longer publishes, kept in data/',
    c.yearsKept.map(
      (m) =>
        `${m.measure}: ${m.periods.map((p) => `${p.period} (${p.sourceId}${p.planYear ? ", the plan's year" : ''})`).join(', ')}`,
    ),
  );
  section('Areas added', c.areasAdded);
  section('Areas gone (their earlier values are kept)', c.areasGone);
  section(
    'Marks changed',
    c.marks.map((m) => `${m.measure} ${m.what}: ${m.old} -> ${m.new}`),
  );
  section(
    'Measures DfE describes differently',
    c.measures.map((m) => `${m.measure} ${m.what}: "${m.old}" -> "${m.new}"`),
  );
  section('Neighbour models added', c.modelsAdded);
  return `${lines.join('\n')}`;
}

/** The changelog summary, e.g. "Figures updated to DfE's LAIT release of 8 April 2026: 2026 added for 16 measures, 41 earlier values revised." */
export function changelogSummary(c: LaitChanges, result: ImportResult): string {
  const byPeriod = new Map<string, number>();
  for (const m of c.yearsAdded)
    for (const p of m.periods) byPeriod.set(p.period, (byPeriod.get(p.period) ?? 0) + 1);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    ...[...byPeriod].map(([period, n]) => `${period} added for ${plural(n, 'measure')}`),
    c.revised.length > 0 ? `${plural(c.revised.length, 'earlier value')} revised` : '',
    c.marks.length > 0
      ? `${plural(c.marks.length, 'year')} no longer or newly marked provisional or revised`
      : '',
    c.yearsKept.length > 0
      ? `years DfE no longer publishes kept for ${plural(c.yearsKept.length, 'measure')}`
      : '',
    c.measures.length > 0
      ? `DfE's descriptions of ${plural(new Set(c.measures.map((m) => m.measure)).size, 'measure')} updated`
      : '',
  ].filter(Boolean);
  return `Figures updated to DfE's LAIT release of ${dateInWords(result.release.date)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

/**
 * content/changelog.yaml with a drafted entry added at the end for the editor to edit, or
 * unchanged when it already has the entry for this release.
 */
export function withChangelogDraft(
  changelog: string,
  summary: string,
  result: ImportResult,
  today: string,
): string {
  const id = `${result.release.date}-lait-figures-updated`;
  if (changelog.includes(`id: ${id}\n`)) return changelog;
  const entry = [
    '# Drafted by npm run import:lait: check the wording and the date (the day it is published).',
    `- id: ${id}`,
    `  date: "${today}"`,
    `  summary: ${JSON.stringify(summary)}`,
    '  sections: ["all"]',
    '',
  ].join('\n');
  return `${changelog.replace(/\n*$/, '\n')}${entry}`;
}
