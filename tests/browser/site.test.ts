/**
 * Every page of the built site in Chromium but the council pages (tests/support/site-checks.ts
 * says what is checked); site-councils.test.ts checks those, so both test workers share the pages.
 */
import { checkedPages, isCouncilPage, siteChecks } from '../support/site-checks';

const { pages, ibmPages } = await checkedPages();
siteChecks(
  pages.filter((p) => !isCouncilPage(p.url)),
  ibmPages,
);
