import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import { rehypeGlossaryLinks } from './rehype-glossary-links';
import type { GlossaryTerm } from '../../schemas/glossary-term';

const terms: GlossaryTerm[] = [
  { id: 'lac', term: 'LAC', definition: 'Looked after children', abbreviation: true },
  { id: 'dcs', term: 'DCS', definition: 'Director of Children’s Services', abbreviation: true },
  {
    id: 'section-251',
    term: 'Section 251 outturn statement',
    definition: 'Annual statements',
    abbreviation: false,
  },
];

async function link(html: string): Promise<string> {
  const file = await rehype()
    .data('settings', { fragment: false })
    .use(rehypeGlossaryLinks, { terms, hrefOf: (id: string) => `/glossary/#term-${id}` })
    .process(html);
  return String(file);
}

describe('rehypeGlossaryLinks', () => {
  it('links the first use on the page only, with abbr for abbreviations', async () => {
    const out = await link('<main><p>LAC costs rose.</p><p>More LAC, one DCS.</p></main>');
    expect(out).toContain(
      '<a class="rp-term" href="/glossary/#term-lac"><abbr title="Looked after children" data-first-use="">LAC</abbr></a> costs rose.',
    );
    expect(out).toContain('<p>More LAC, one <a class="rp-term" href="/glossary/#term-dcs">');
    expect(out.match(/term-lac/g)).toHaveLength(1);
  });

  it('marks an abbreviation that already stands in brackets, so print does not bracket its expansion again', async () => {
    const out = await link('<main><p>A report (LAC). Then DCS.</p></main>');
    expect(out).toContain(
      '(<a class="rp-term" href="/glossary/#term-lac"><abbr title="Looked after children" data-first-use="in-brackets">LAC</abbr></a>).',
    );
    expect(out).toContain('<abbr title="Director of Children’s Services" data-first-use="">DCS</abbr>');
  });

  it('leaves headings, links, code and text outside main alone', async () => {
    const out = await link(
      '<nav>LAC</nav><main><h2>LAC</h2><a href="/x">LAC</a><code>LAC</code><div data-glossary-ignore><p>LAC</p></div><p>then LAC</p></main>',
    );
    expect(out).toContain('<nav>LAC</nav>');
    expect(out).toContain('<h2>LAC</h2>');
    expect(out).toContain('<a href="/x">LAC</a>');
    expect(out).toContain('<div data-glossary-ignore=""><p>LAC</p></div>');
    expect(out).toContain('<p>then <a class="rp-term" href="/glossary/#term-lac">');
  });

  it('links phrases without abbr, keeping the words as written', async () => {
    const out = await link('<main><p>using the section 251 outturn statements for</p></main>');
    expect(out).toContain(
      'using the <a class="rp-term" href="/glossary/#term-section-251">section 251 outturn statements</a> for',
    );
  });
});
