import { z } from 'astro/zod';

/**
 * Zod types for single CSV cells. Every cell arrives as text (the CSV is parsed without
 * dynamicTyping); these turn text into typed values and, when they cannot, say what to change.
 * A blank cell is never read as 0.
 */

const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

/** A required number, written with digits only, e.g. `51` or `-0.02` or `303.8`. */
export const numberCell = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (text === '') {
    ctx.addIssue({
      code: 'custom',
      message:
        'is blank. A blank cell is never read as 0: write the published figure, or remove the row and record the gap in data/SOURCES.md',
    });
    return z.NEVER;
  }
  if (!NUMBER_PATTERN.test(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a number, found "${raw}". Write digits only (a minus sign and a decimal point are allowed), with no commas, spaces, units or % signs`,
    });
    return z.NEVER;
  }
  return Number(text);
});

/** A required whole number of zero or more, e.g. a count of authorities. */
export const countCell = numberCell.superRefine((value, ctx) => {
  if (!Number.isInteger(value) || value < 0) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a whole number of 0 or more, found ${value}. Counts cannot be negative or fractional`,
    });
  }
});

/** Required text: not blank. */
export const textCell = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (text === '') {
    ctx.addIssue({
      code: 'custom',
      message: 'is blank. This column needs a value on every row',
    });
    return z.NEVER;
  }
  return text;
});

/** Optional text: blank becomes an empty string. */
export const optionalTextCell = z.string().transform((raw) => raw.trim());

/**
 * One of a fixed list of values, with a message that lists them.
 * @param values the allowed spellings.
 * @param where where the list is kept, for the message, e.g. "src/schemas/areas.ts".
 */
export function oneOfCell<const T extends readonly [string, ...string[]]>(values: T, where: string) {
  return z.string().transform((raw, ctx): T[number] => {
    const text = raw.trim();
    if ((values as readonly string[]).includes(text)) return text;
    const shown =
      values.length > 12
        ? `${values
            .slice(0, 12)
            .map((v) => `"${v}"`)
            .join(', ')} …`
        : values.map((v) => `"${v}"`).join(', ');
    ctx.addIssue({
      code: 'custom',
      message: `"${raw}" is not an allowed value. Use one of ${shown} (the full list is in ${where})`,
    });
    return z.NEVER;
  });
}

/** A paragraph number of the plan, e.g. `2.13`. */
export const paragraphCell = z
  .string()
  .trim()
  .regex(/^\d+\.\d+$/, 'expected a paragraph number such as "2.13"');
