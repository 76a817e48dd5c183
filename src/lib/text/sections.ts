import { noteId, paragraphId } from './paragraphs';

/** The fields of a plan section that ordering and navigation need. */
export interface SectionRef {
  id: string;
  title: string;
  shortTitle: string;
  order: number;
  kind: 'chapter' | 'annex';
  number: string;
}

/** Neighbours of a section in reading order, for previous/next links. */
export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** Sections in the plan's reading order; two sections with one order number is an editor error. */
export function sortSections<T extends SectionRef>(sections: readonly T[]): T[] {
  const sorted = [...sections].sort((a, b) => a.order - b.order);
  sorted.forEach((section, i) => {
    const before = sorted[i - 1];
    if (before && before.order === section.order) {
      throw new Error(
        `content/plan/${before.id}.mdx and content/plan/${section.id}.mdx both have "order: ${section.order}". Give each section its own order number.`,
      );
    }
  });
  return sorted;
}

/** The sections before and after `id` in reading order. */
export function neighbours<T extends SectionRef>(sorted: readonly T[], id: string): Neighbours<T> {
  const index = sorted.findIndex((section) => section.id === id);
  return { previous: sorted[index - 1], next: index >= 0 ? sorted[index + 1] : undefined };
}

/** "Chapter 2" or "Annex 4". */
export function sectionLabel(section: Pick<SectionRef, 'kind' | 'number'>): string {
  return `${section.kind === 'chapter' ? 'Chapter' : 'Annex'} ${section.number}`;
}

/** The page of a section, without the base path. */
export function sectionPath(id: string): string {
  return `/plan/${id}/`;
}

/**
 * The address (without the base path) of paragraph `n`, or of the editor's note beside it, on the
 * page of the section that holds it.
 * @example paragraphPath('characteristics', '2.18') // "/plan/characteristics/#para-2-18"
 */
export function paragraphPath(
  sectionId: string,
  n: string,
  target: 'paragraph' | 'note' = 'paragraph',
): string {
  return `${sectionPath(sectionId)}#${target === 'note' ? noteId(n) : paragraphId(n)}`;
}
