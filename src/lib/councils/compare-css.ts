import { COMPARE_LIMIT } from './compare';

/**
 * The compare page's stylesheet for its tick boxes, by CSS alone (no script needed): once any box
 * named "la" is ticked, only the ticked councils' table rows (`data-la`) and chart groups
 * (`.la-<slug>`) show, and each ticked council's line takes its own colour, by its place among the
 * ticked boxes: the first ticked box (in the boxes' order) `--rp-chart-pick-1`, the second
 * `--rp-chart-pick-2`, up to the page's limit. The boxes are siblings, so "two ticked boxes before
 * Kent's" is `:checked ~ :checked ~ #la-kent:checked`. With none ticked, or in a browser without
 * `:has()`, every council shows, drawn alike.
 * @example compareCss(['kent']) // '@supports selector(:has(*)) { … #la-kent:checked … }'
 */
export function compareCss(slugs: readonly string[]): string {
  const any = '.rp-compare:has(input[name="la"]:checked)';
  const rules = [
    `${any} :is([data-la], .la) { display: none; }`,
    `${any} .la { --rp-compare-line: var(--rp-chart-pick-1); --rp-compare-width: 3; }`,
    `${any} .la :is(.name, .leader, .end) { display: inline; }`,
    ...slugs.flatMap((slug) => [
      `.rp-compare:has(#la-${slug}:checked) :is([data-la="${slug}"], .la-${slug}) { display: revert; }`,
      ...Array.from({ length: COMPARE_LIMIT - 1 }, (_, i) => {
        const before = ':checked ~ '.repeat(i + 1);
        return `.rp-compare:has(${before}#la-${slug}:checked) .la-${slug} { --rp-compare-line: var(--rp-chart-pick-${i + 2}); }`;
      }),
    ]),
  ];
  return `@supports selector(:has(*)) {\n${rules.map((r) => `  ${r}`).join('\n')}\n}\n`;
}
