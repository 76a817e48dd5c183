/**
 * The components each kind of content page gives its MDX, by collection. The pages pass exactly
 * these (src/pages/plan/[slug].astro, src/pages/print/whole-plan.astro, src/pages/priorities/[slug].astro);
 * `npm run check` refuses any other component with this list.
 */
export const MDX_COMPONENTS = {
  /** content/plan/*.mdx: chapters and annexes. */
  plan: ['Para', 'Chart', 'PlanTable', 'Table', 'Glossary'],
  /** content/priorities/*.mdx: a priority's own text. */
  priorities: ['Table'],
} as const satisfies Record<string, readonly string[]>;
