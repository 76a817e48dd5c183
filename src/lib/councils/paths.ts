/**
 * The address of a council's page, without the base path.
 * @example councilPath('isle-of-wight') // "/councils/isle-of-wight/"
 */
export function councilPath(slug: string): string {
  return `/councils/${slug}/`;
}

/** The address of the councils index, without the base path. */
export const COUNCILS_INDEX_PATH = '/councils/';
