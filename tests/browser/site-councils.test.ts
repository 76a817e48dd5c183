/**
 * The 19 council pages in Chromium, the heaviest pages, with every check of
 * tests/support/site-checks.ts; site.test.ts checks the rest, so both test workers share the pages.
 */
import { checkedPages, isCouncilPage, siteChecks } from '../support/site-checks';

const { pages, ibmPages } = await checkedPages();
siteChecks(
  pages.filter((p) => isCouncilPage(p.url)),
  ibmPages,
);
