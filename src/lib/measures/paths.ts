import { sectionPath } from '../text/sections';

/**
 * The address of a measure page, without the base path.
 * @example measurePath('looked-after-rate') // "/since-the-plan/looked-after-rate/"
 */
export function measurePath(slug: string): string {
  return `/since-the-plan/${slug}/`;
}

/** The address of the index of measure pages. */
export const SINCE_THE_PLAN_PATH = '/since-the-plan/';

/**
 * The plan page that shows a figure, and the figure's anchor on it, found from the MDX that
 * writes `<Chart id="…" />`. Fails when no section shows it.
 * @example figureHref([{ id: 'characteristics', body: '<Chart id="lac-rates" />' }], 'lac-rates') // "/plan/characteristics/#lac-rates"
 */
export function figureHref(
  sections: readonly { id: string; body?: string | undefined }[],
  chartId: string,
): string {
  const section = sections.find((s) => s.body?.includes(`<Chart id="${chartId}"`));
  if (!section) {
    throw new Error(
      `No plan section in content/plan/ shows <Chart id="${chartId}" />, named as a planFigure in content/since-the-plan.yaml.`,
    );
  }
  return `${sectionPath(section.id)}#${chartId}`;
}
