/**
 * Every editor's note and figure caveat cites every source it takes a number from. A number in a
 * note that is in the published data (a decimal such as 303.8, or a whole number of 100 or more
 * such as 9,830) must be in a row of one of the sources the note cites, for a year the note names.
 */
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../src/datasets/index';
import { chartIds, getChart } from '../src/charts/index';
import type { ObservationRow } from '../src/schemas/observation';

const data = loadAllData();
const observations: ObservationRow[] = [
  ...data.lac_rates,
  ...data.cpp_rates,
  ...data.cin_referral_rates,
  ...data.s251_unit_costs,
];

/** Numbers a reader could look up: decimals, and whole numbers of 100 or more that are not years. */
function lookupNumbers(text: string): number[] {
  return [...text.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%]|\.\d)/g)]
    .map((m) => Number((m[1] as string).replace(/,/g, '')))
    .filter((n) => !Number.isInteger(n) || (n >= 100 && !(n >= 1990 && n <= 2030)));
}

/** The years a text names, in the data's forms: "2017", and "2016-17" for "2016/17" or "2016-17". */
function yearsNamed(text: string): Set<string> {
  const years = new Set<string>();
  for (const m of text.matchAll(/\b(20\d\d)(?:[/-](\d\d))?\b/g)) {
    if (m[2]) {
      years.add(`${m[1]}-${m[2]}`);
      years.add(`20${m[2]}`);
    } else years.add(m[1] as string);
  }
  return years;
}

/** The numbers of a text that the data holds but none of the cited sources give, with who gives them. */
function uncited(text: string, cited: readonly string[]): string[] {
  const years = yearsNamed(text);
  return lookupNumbers(text).flatMap((n) => {
    const rows = observations.filter((r) => r.value === n && (years.size === 0 || years.has(r.year)));
    const givers = [...new Set(rows.map((r) => r.source_id))];
    return givers.length > 0 && !givers.some((s) => cited.includes(s))
      ? [`${n} is from ${givers.join(' or ')}`]
      : [];
  });
}

describe('notes cite every source they use', () => {
  it('finds the numbers a reader could look up', () => {
    expect(lookupNumbers('gives 303.8, 9,830 and £625 in 2017 to 2019; 8.7% of 19 and 7')).toEqual([
      303.8, 9830, 625,
    ]);
    expect([...yearsNamed('at the end of 2016/17 and 31 March 2016')]).toEqual(['2016-17', '2017', '2016']);
    expect(uncited('The South East rate for 2017 was 303.8.', ['DFE_CIN_2020'])).toEqual([
      '303.8 is from DFE_LAIT',
    ]);
  });

  it('every editor’s note cites the source of each of its numbers', () => {
    const problems = data.editors_notes.flatMap((note) =>
      uncited(note.note, [note.source_id, ...note.other_source_ids]).map(
        (p) => `data/editors_notes.csv, note at ${note.paragraph}: ${p}; add it to other_source_ids`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('every figure caveat cites the source of each of its numbers', () => {
    const problems = chartIds.flatMap((id) => {
      const chart = getChart(id);
      const cited = [...chart.source.sourceIds, ...(chart.source.caveatSourceIds ?? [])];
      return uncited(chart.caveat, cited).map((p) => `src/charts/${id}.ts caveat: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});
