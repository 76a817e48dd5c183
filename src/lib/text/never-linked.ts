/**
 * Elements whose text the build's linkers (council names, glossary terms) never turn into links:
 * links themselves, headings, code, controls and non-prose. Each linker adds its own few.
 *
 * @example
 * new Set([...NEVER_LINKED, 'th']) // the glossary linker also leaves table headers alone
 */
export const NEVER_LINKED: readonly string[] = [
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'svg',
  'title',
  'button',
  'label',
  'summary',
  'caption',
  'textarea',
  'select',
];
