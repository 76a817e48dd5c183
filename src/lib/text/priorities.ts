import { PRIORITY_THEMES } from '../../schemas/priority';

/** The fields of a priority that ordering and grouping need. */
export interface PriorityRef {
  id: string;
  number: number;
  theme: (typeof PRIORITY_THEMES)[number];
}

/** Where a priority's number is written, for messages. */
export interface PriorityNumberUse {
  /** The priority's file, e.g. "content/priorities/workforce.mdx". */
  file: string;
  /** The line of its `number:` field. */
  line: number;
  number: number;
}

/**
 * Priority numbers run 1, 2, 3 … up to however many priorities there are, each used once. Adding
 * an eleventh priority file with "number: 11" needs no other change.
 * @example checkPriorityNumbers([{ file: 'a.mdx', line: 3, number: 2 }]) // one problem: 1 is missing
 */
export function checkPriorityNumbers(
  uses: readonly PriorityNumberUse[],
): { file: string; line: number; message: string }[] {
  const problems: { file: string; line: number; message: string }[] = [];
  const sorted = [...uses].sort((a, b) => a.number - b.number || a.file.localeCompare(b.file));
  sorted.forEach((use, i) => {
    const earlier = sorted.slice(0, i).find((u) => u.number === use.number);
    if (earlier) {
      problems.push({
        ...use,
        message: `priority number ${use.number} is used twice (also in ${earlier.file}). Give each priority its own number: the next free one is ${sorted.length > 0 ? Math.max(...sorted.map((u) => u.number)) + 1 : 1}.`,
      });
    }
  });
  // A repeated number usually leaves a gap where it should have been: report the repeat only.
  if (problems.length > 0) return problems;
  const numbers = new Set(uses.map((u) => u.number));
  const highest = Math.max(0, ...numbers);
  for (let number = 1; number < highest; number += 1) {
    if (!numbers.has(number)) {
      const next = sorted.find((u) => u.number > number) as PriorityNumberUse;
      problems.push({
        ...next,
        message: `no priority has number ${number}, but this one has ${next.number}. Number the priorities 1, 2, 3 … without gaps.`,
      });
    }
  }
  return problems;
}

/**
 * The priorities in number order, after checking that the numbers run from 1 with no gap and no
 * repeat (see {@link checkPriorityNumbers}). Errors name the files to change.
 */
export function sortPriorities<T extends PriorityRef>(priorities: readonly T[]): T[] {
  const problems = checkPriorityNumbers(
    priorities.map((p) => ({ file: `content/priorities/${p.id}.mdx`, line: 1, number: p.number })),
  );
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return [...priorities].sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
}

/** Priorities grouped under the plan's four themes, in the plan's order. */
export function groupByTheme<T extends PriorityRef>(
  sorted: readonly T[],
): { theme: string; priorities: T[] }[] {
  return PRIORITY_THEMES.map((theme) => ({ theme, priorities: sorted.filter((p) => p.theme === theme) }));
}

/** The page of a priority, without the base path. */
export function priorityPath(id: string): string {
  return `/priorities/${id}/`;
}
