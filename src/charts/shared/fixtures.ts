import type { ObservationRow } from '../../schemas/observation';

/** Test helper: an observation row with sensible defaults. */
export function obs(
  area: ObservationRow['area'],
  year: string,
  value: number,
  overrides: Partial<ObservationRow> = {},
): ObservationRow {
  return {
    area,
    area_type: area === 'England' ? 'country' : area === 'South East' ? 'region' : 'local_authority',
    year,
    period: '31 March',
    measure: 'cla_rate_per_10k',
    value,
    unit: 'rate per 10,000 children aged under 18',
    source_id: 'DFE_CLA_2019_UD',
    note: '',
    ...overrides,
  };
}
