import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import { VFile } from 'vfile';
import { rehypeCouncilLinks } from './rehype-council-links';
import { rehypeGlossaryLinks } from '../text/rehype-glossary-links';
import { councilLabels, councilMatcher, mayStartSentence } from './names';
import type { CouncilRow } from '../../schemas/council';

const row = (slug: string, name: CouncilRow['name'], abbreviations = '', word = false): CouncilRow => ({
  slug,
  name,
  la_number: 1,
  type_2019: 'unitary',
  plan_abbreviations: abbreviations,
  also_a_word: word ? 'yes' : 'no',
  source_id: 'X',
  note: '',
});
const labels = councilLabels([
  row('kent', 'Kent'),
  row('west-sussex', 'West Sussex'),
  row('windsor-and-maidenhead', 'Windsor and Maidenhead', 'W&M'),
  row('isle-of-wight', 'Isle of Wight', 'IoW'),
  row('hampshire', 'Hampshire'),
  row('reading', 'Reading', '', true),
]);

async function link(html: string, councilSlug?: string): Promise<string> {
  const file = await rehype()
    .use(rehypeCouncilLinks, { labels, hrefOf: (slug: string) => `/councils/${slug}/` })
    .use(rehypeGlossaryLinks, {
      terms: [{ id: 'dcs', term: 'DCS', definition: 'Director of Children’s Services', abbreviation: true }],
      hrefOf: (id: string) => `/glossary/#term-${id}`,
    })
    .process(new VFile({ value: html, data: { councilSlug } }));
  return String(file);
}

describe('councilMatcher', () => {
  const find = councilMatcher(labels);
  it('finds full names and abbreviations as whole words, case-sensitively', () => {
    expect(find('Slough, Hampshire and IoW; W&M and West Sussex').map((m) => m.council.slug)).toEqual([
      'hampshire',
      'isle-of-wight',
      'windsor-and-maidenhead',
      'west-sussex',
    ]);
    expect(find('Kentish towns, reading lists, IoWs')).toEqual([]);
    expect(find("Kent's plan").map((m) => m.text)).toEqual(['Kent']);
  });
  it('knows where a sentence may start', () => {
    expect(mayStartSentence('Reading the data', 0)).toBe(true);
    expect(mayStartSentence('It rose. Reading', 9)).toBe(true);
    expect(mayStartSentence('Medway, Reading', 8)).toBe(false);
  });
});

describe('rehypeCouncilLinks', () => {
  it('links a name once per section in prose, and again after a new heading', async () => {
    const out = await link('<main><p>Kent and Kent.</p><p>Kent.</p><h2>Next</h2><p>Kent again.</p></main>');
    expect(out.match(/href="\/councils\/kent\/"/g)).toHaveLength(2);
    expect(out).toContain(
      '<p><a class="rp-council" href="/councils/kent/">Kent</a> and Kent.</p><p>Kent.</p>',
    );
  });

  it('counts a figure’s summary apart from the prose: a name first used there is linked again in the prose', async () => {
    const out = await link(
      '<main><h2>S</h2><figure><p>Hampshire is highest.</p></figure><p>In Hampshire and Kent.</p></main>',
    );
    expect(out.match(/href="\/councils\/hampshire\/"/g)).toHaveLength(2);
    expect(out).toContain('<p>In <a class="rp-council" href="/councils/hampshire/">Hampshire</a> and');
  });

  it('links a name that is also a word in a table only as a whole cell of a table of councils', async () => {
    const subjects = await link(
      '<main><table><tr><th>KS1 Reading</th><td>Reading</td><td>78</td></tr></table></main>',
    );
    expect(subjects).not.toContain('href');
    const triads = await link(
      '<main><table><tr><th>Triad 6</th><td>Reading</td><td>Kent</td><td>Reading and more</td></tr></table></main>',
    );
    expect(triads).toContain('<td><a class="rp-council" href="/councils/reading/">Reading</a></td>');
    expect(triads).toContain('<td>Reading and more</td>');
  });

  it('links every mention in table cells, header cells included', async () => {
    const out = await link(
      '<main><p>Kent</p><table><tr><th>Kent</th><td>Kent</td></tr><tr><td>Hampshire and IoW</td></tr></table></main>',
    );
    expect(out.match(/\/councils\/kent\//g)).toHaveLength(3);
    expect(out).toContain(
      '<td><a class="rp-council" href="/councils/hampshire/">Hampshire</a> and <a class="rp-council" href="/councils/isle-of-wight/"><abbr title="Isle of Wight">IoW</abbr></a></td>',
    );
  });

  it('leaves headings, links, navigation, captions, SVG and text outside main alone', async () => {
    const out = await link(
      '<p>Kent</p><main><h1>Kent</h1><a href="/x">Kent</a><nav>Kent</nav><table><caption>Kent</caption></table><svg><text>Kent</text></svg><div data-council-ignore><p>Kent</p></div></main>',
    );
    expect(out).not.toContain('/councils/');
  });

  it('does not link a council page to itself', async () => {
    const out = await link('<main><p>Kent and Hampshire</p></main>', 'kent');
    expect(out).toBe(
      '<html><head></head><body><main><p>Kent and <a class="rp-council" href="/councils/hampshire/">Hampshire</a></p></main></body></html>',
    );
  });

  it('links "Reading" mid-sentence only, where it cannot be the verb', async () => {
    const out = await link('<main><p>Reading the data. Medway, Reading and Kent.</p></main>');
    expect(out).toContain(
      '<p>Reading the data. Medway, <a class="rp-council" href="/councils/reading/">Reading</a>',
    );
  });

  it('shares a page with the glossary links without nesting them', async () => {
    const out = await link('<main><p>The DCS of Kent.</p></main>');
    expect(out).toContain('<a class="rp-term" href="/glossary/#term-dcs">');
    expect(out).toContain('of <a class="rp-council" href="/councils/kent/">Kent</a>.');
    expect(out).not.toMatch(/<a\s(?:(?!<\/a>).)*<a\s/);
  });
});
