/**
 * The canonical names of every area that may appear in data/*.csv, spelled as the DfE files spell
 * them. A row with any other spelling is rejected when the data is loaded, so each area has exactly
 * one name across the site.
 */

/** The country row in every DfE file. */
export const COUNTRY = 'England' as const;

/** The South East region, as the DfE files name it. */
export const SOUTH_EAST = 'South East' as const;

/**
 * English regions as spelled in the data files. "London" is the whole region in the DfE files;
 * "Inner London" and "Outer London" are its two halves, used by DfE and by the plan's Ofsted table.
 */
export const REGIONS = [
  'East Midlands',
  'East of England',
  'London',
  'Inner London',
  'Outer London',
  'North East',
  'North West',
  'South East',
  'South West',
  'West Midlands',
  'Yorkshire and The Humber',
] as const;

/** The 19 local authorities of the South East region, in alphabetical order, one spelling each. */
export const SE_AUTHORITIES = [
  'Bracknell Forest',
  'Brighton and Hove',
  'Buckinghamshire',
  'East Sussex',
  'Hampshire',
  'Isle of Wight',
  'Kent',
  'Medway',
  'Milton Keynes',
  'Oxfordshire',
  'Portsmouth',
  'Reading',
  'Slough',
  'Southampton',
  'Surrey',
  'West Berkshire',
  'West Sussex',
  'Windsor and Maidenhead',
  'Wokingham',
] as const;

/** Every area name allowed in the data files. */
export const AREAS = [COUNTRY, ...REGIONS, ...SE_AUTHORITIES] as const;

export type Region = (typeof REGIONS)[number];
export type SeAuthority = (typeof SE_AUTHORITIES)[number];
export type Area = (typeof AREAS)[number];

/** The kind of area a row describes, as written in the `area_type` column. */
export const AREA_TYPES = ['country', 'region', 'local_authority'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/**
 * The area type an area name belongs to.
 * @example areaTypeOf('Kent') // "local_authority"
 */
export function areaTypeOf(area: Area): AreaType {
  if (area === COUNTRY) return 'country';
  return (REGIONS as readonly string[]).includes(area) ? 'region' : 'local_authority';
}

/** True when `name` is one of the canonical area names. */
export function isArea(name: string): name is Area {
  return (AREAS as readonly string[]).includes(name);
}
