import { describe, expect, it } from 'vitest';
import { budgetViolations } from '../../scripts/lib/budgets';
import { measureSite } from '../../scripts/lib/site-weights';
import { site } from '../../src/config/site';

const DIST = process.env['DIST_DIR'] ?? 'dist';

describe('speed and size budgets of the built site', () => {
  it('every page keeps to the JavaScript, HTML, SVG, CSS and font budgets', async () => {
    const weights = await measureSite(DIST, site.basePath);
    expect(weights.pages.length).toBeGreaterThan(20);
    expect(budgetViolations(weights)).toEqual([]);
  });
});
