/**
 * The address of a council's page, without the base path.
 * @example councilPath('isle-of-wight') // "/councils/isle-of-wight/"
 */
export function councilPath(slug: string): string {
  return `/councils/${slug}/`;
}

/** The address of the councils index, without the base path. */
export const COUNCILS_INDEX_PATH = '/councils/';

/** The compare page's address, without the base path. */
export const COMPARE_PATH = '/compare/';

/**
 * The address of a council's ready-made comparison, without the base path.
 * @example comparePath('kent', 'triad') // "/compare/kent/triad/"
 */
export function comparePath(slug: string, kind: 'triad' | 'neighbours'): string {
  return `${COMPARE_PATH}${slug}/${kind}/`;
}
