/**
 * Every page of the built site in Chromium, each with every check of tests/support/site-checks.ts
 * (pages of one template on a sample in CI, with the layout checks on the rest; all of them in
 * `npm run audit`).
 */
import { checkedPages, siteChecks } from '../support/site-checks';

const { pages, ibmPages, layoutOnly } = await checkedPages();
siteChecks(pages, ibmPages, layoutOnly);
