/**
 * The compare page's stylesheet for its tick boxes, one rule per council: once any box named
 * "la" is ticked, only the ticked councils' table rows (`data-la`) and chart groups (`.la-<slug>`)
 * show; with none ticked, or in a browser without `:has()`, every council shows. No script needed.
 * @example compareCss(['kent']) // '@supports selector(:has(*)) { … #la-kent:checked … }'
 */
export function compareCss(slugs: readonly string[]): string {
  const any = '.rp-compare:has(input[name="la"]:checked)';
  const rules = [
    `${any} :is([data-la], .la) { display: none; }`,
    `${any} .la { --rp-compare-line: var(--rp-chart-council); --rp-compare-width: 3; }`,
    `${any} .la .name { display: inline; }`,
    ...slugs.map(
      (slug) =>
        `.rp-compare:has(#la-${slug}:checked) :is([data-la="${slug}"], .la-${slug}) { display: revert; }`,
    ),
  ];
  return `@supports selector(:has(*)) {\n${rules.map((r) => `  ${r}`).join('\n')}\n}\n`;
}
