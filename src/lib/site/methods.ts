/** The address of the methods page, without the base path: the rules behind the measures' figures. */
export const METHODS_PATH = '/methods/';

/** The sections of the methods page, in order: each is an anchor pages link to. */
export const METHOD_SECTIONS = [
  'plan-figures',
  'rounding',
  'means',
  'ranks',
  'quartiles',
  'neighbours',
  'triads',
  'joint-returns',
  'missing',
  'series-breaks',
] as const;
export type MethodSection = (typeof METHOD_SECTIONS)[number];
