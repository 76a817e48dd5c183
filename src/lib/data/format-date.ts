const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as a UK reader writes it, without a clock or locale data: "26 November 2019", or
 * "December 2019" when only the month is known.
 */
export function formatReportDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`"${iso}" is not a date. Write it as yyyy-mm-dd or yyyy-mm.`);
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}
