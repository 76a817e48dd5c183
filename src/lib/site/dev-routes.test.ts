import { describe, expect, it } from 'vitest';
import { devRoute } from './dev-routes';

describe('devRoute', () => {
  it('serves a figure CSV linked without a trailing slash', () => {
    expect(devRoute('/data/figures/lac-rates.csv')).toEqual({
      kind: 'pass',
      url: '/data/figures/lac-rates.csv/',
    });
    expect(devRoute('/base/data/lac_rates.csv?x=1')).toEqual({
      kind: 'pass',
      url: '/base/data/lac_rates.csv/?x=1',
    });
  });

  it('answers a PDF with a page saying how to make it, not a 404', () => {
    const route = devRoute('/pdf/whole-plan.pdf');
    expect(route.kind).toBe('page');
    expect(route.kind === 'page' && route.html).toContain('npm run build');
  });

  it('answers the search index files so the search page explains itself', () => {
    expect(devRoute('/pagefind/pagefind-ui.css')).toMatchObject({ kind: 'asset', type: 'text/css' });
    expect(devRoute('/plan/')).toEqual({ kind: 'pass' });
  });
});
