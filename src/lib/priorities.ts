import { PRIORITY_THEMES } from '../schemas/priority';

/** The fields of a priority that ordering and grouping need. */
export interface PriorityRef {
  id: string;
  number: number;
  theme: (typeof PRIORITY_THEMES)[number];
}

/**
 * The priorities in number order, after checking that the numbers run 1 to 10 with no gap and no
 * repeat. Errors name the files to change.
 */
export function sortPriorities<T extends PriorityRef>(priorities: readonly T[]): T[] {
  const sorted = [...priorities].sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
  const problems: string[] = [];
  for (let number = 1; number <= 10; number += 1) {
    const holders = sorted.filter((p) => p.number === number);
    if (holders.length === 0)
      problems.push(`No priority has "number: ${number}". The plan has 10 priorities, numbered 1 to 10.`);
    if (holders.length > 1) {
      problems.push(
        `${holders.map((p) => `content/priorities/${p.id}.mdx`).join(' and ')} all have "number: ${number}". Give each priority its own number.`,
      );
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return sorted;
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
