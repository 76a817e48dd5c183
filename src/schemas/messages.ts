import { z } from 'astro/zod';

/**
 * Zod's own messages, worded for the editors who read them: the wording they had with Zod 3
 * ("Required", "Expected number, received string", "Array must contain at least 12 element(s)"),
 * which says what was found as well as what was expected. Zod 4's defaults are terser ("Too
 * small: expected array to have >=12 items") and leave out what was found. Messages a schema
 * gives itself always win; this only words Zod's defaults. Pass it to every parse whose
 * problems an editor reads: `schema.safeParse(data, EDITOR_PARSE)`.
 */
export const editorMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required';
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return 'Expected integer, received float';
      return `Expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'too_small':
      return sizeMessage(issue.origin, 'small', issue.minimum, issue.inclusive, issue.exact);
    case 'too_big':
      return sizeMessage(issue.origin, 'big', issue.maximum, issue.inclusive, issue.exact);
    case 'unrecognized_keys':
      return `Unrecognized key(s) in object: ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid literal value, expected ${JSON.stringify(issue.values[0])}`
        : `Invalid enum value. Expected ${issue.values.map((v) => `'${String(v)}'`).join(' | ')}, received '${String(issue.input)}'`;
    case 'invalid_format':
      return issue.format === 'url' ? 'Invalid url' : `Invalid ${issue.format}`;
    default:
      return undefined;
  }
};

/** Parse options for every parse an editor reads the problems of: the editor's wording. */
export const EDITOR_PARSE = { error: editorMessage, reportInput: true } as const;

/** Zod 3's name for the type of a value: "array", "null", "nan", "date" … */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  return typeof value;
}

/** "String must contain at least 1 character(s)", "Number must be greater than or equal to 1" … */
function sizeMessage(
  origin: string,
  side: 'small' | 'big',
  limit: number | bigint | Date,
  inclusive: boolean | undefined,
  exact: boolean | undefined,
): string | undefined {
  const bound = String(limit);
  const small = side === 'small';
  switch (origin) {
    case 'string': {
      const which = exact
        ? 'exactly'
        : small
          ? inclusive
            ? 'at least'
            : 'over'
          : inclusive
            ? 'at most'
            : 'under';
      return `String must contain ${which} ${bound} character(s)`;
    }
    case 'array': {
      const which = exact
        ? 'exactly'
        : small
          ? inclusive
            ? 'at least'
            : 'more than'
          : inclusive
            ? 'at most'
            : 'less than';
      return `Array must contain ${which} ${bound} element(s)`;
    }
    case 'number':
    case 'int': {
      const which = exact
        ? 'exactly equal to'
        : small
          ? inclusive
            ? 'greater than or equal to'
            : 'greater than'
          : inclusive
            ? 'less than or equal to'
            : 'less than';
      return `Number must be ${which} ${bound}`;
    }
    default:
      return undefined;
  }
}
