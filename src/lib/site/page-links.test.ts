import { describe, expect, it } from 'vitest';
import { holdOutSvgs, pageLinker } from './page-links';
import { councilLabels } from '../councils/names';

const link = pageLinker({
  councils: {
    labels: councilLabels([
      {
        slug: 'kent',
        name: 'Kent',
        la_number: 1,
        type_2019: 'county',
        plan_abbreviations: '',
        also_a_word: 'no',
        source_id: 'X',
        note: '',
      },
    ]),
    hrefOf: (slug) => `/councils/${slug}/`,
  },
  glossary: {
    terms: [{ id: 'dcs', term: 'DCS', definition: 'Director of Children’s Services', abbreviation: true }],
    hrefOf: (id) => `/glossary/#term-${id}`,
  },
});

const chart =
  '<svg viewBox="0 0 10 10"><g aria-hidden="true"><line x1="0" x2="1"/><text>Kent</text>' +
  '<svg x="2"><text>DCS</text></svg></g></svg>';

describe('holding drawings out of the linkers', () => {
  it('empties each outermost <svg>, nested ones included, and puts it back as written', () => {
    const html = `<main><p>a</p>${chart}<p>b</p><svg><path d="M0"/></svg></main>`;
    const { held, restore } = holdOutSvgs(html);
    expect(held).toBe(
      '<main><p>a</p><svg data-rp-held="0"></svg><p>b</p><svg data-rp-held="1"></svg></main>',
    );
    expect(restore(held)).toBe(html);
  });

  it('knows an <svg … /> that closes itself, outermost or nested', () => {
    const html = '<main><svg role="img"/><p>a</p><svg><svg x="1"/><text>b</text></svg><p>c</p></main>';
    const { held, restore } = holdOutSvgs(html);
    expect(held).toBe(
      '<main><svg data-rp-held="0"></svg><p>a</p><svg data-rp-held="1"></svg><p>c</p></main>',
    );
    expect(restore(held)).toBe(html);
  });

  it('refuses to give back a page that lost or doubled a drawing', () => {
    const { held, restore } = holdOutSvgs(`<main>${chart}<p>a</p><svg></svg></main>`);
    expect(() => restore(held.replace('<svg data-rp-held="1"></svg>', ''))).toThrow(/1 of the page's 2/);
    expect(() => restore(`${held}<svg data-rp-held="0"></svg>`)).toThrow(/3 of the page's 2/);
    // One lost and another doubled: the count is right, the drawings are not.
    const swapped = held.replace('<svg data-rp-held="1"></svg>', '<svg data-rp-held="0"></svg>');
    expect(() => restore(swapped)).toThrow(/2 of the page's 2 drawings, not each of them exactly once/);
    expect(() => restore(`${held}<svg data-rp-held="7"></svg>`)).toThrow(/3 of the page's 2/);
  });

  it('refuses a page whose <svg> is never closed', () => {
    expect(() => holdOutSvgs('<main><svg><text>x</text></main>')).toThrow(/never closed/);
  });

  it('links names and terms in the prose, never inside a drawing, which keeps its own markup', async () => {
    const out = await link(`<html><body><main>${chart}<p>Kent’s DCS</p></main></body></html>`, {});
    expect(out).toContain(chart);
    expect(out).toContain('<a class="rp-council" href="/councils/kent/">Kent</a>');
    expect(out).toContain('href="/glossary/#term-dcs"');
  });
});
