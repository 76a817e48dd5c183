/**
 * The built plan pages against their sources: every chapter and annex page exists with its title,
 * headings and numbered paragraphs; every paragraph has exactly one anchor and its id is unique
 * across the site; every sentence of the plan text as received (repaired) is on the site.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphId } from '../../src/lib/text/paragraphs';
import { site } from '../../src/config/site';
import { assertDistBuilt, distDir, listPages } from '../support/dist';
import { normalise, seedSentences } from '../support/seed-text';

interface Section {
  id: string;
  title: string;
  headings: string[];
  paragraphs: string[];
}

const sections: Section[] = readdirSync('content/plan')
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const source = readFileSync(path.join('content/plan', name), 'utf8');
    return {
      id: name.replace(/\.mdx$/, ''),
      title: /^title: "(.*)"$/m.exec(source)?.[1] ?? '',
      headings: [...source.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string),
      paragraphs: [...source.matchAll(/<Para n="([^"]+)">/g)].map((m) => m[1] as string),
    };
  });

function page(id: string): Document {
  const html = readFileSync(path.join(distDir, 'plan', id, 'index.html'), 'utf8');
  return parseHTML(html).document;
}

/** Text as a reader sees it, with typographic quotes folded to the plain ones of the seed. */
function readerText(document: Document): string {
  const main = document.querySelector('main');
  return normalise((main?.textContent ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
}

beforeAll(() => assertDistBuilt());

describe('built plan pages', () => {
  it('finds the five sections of the plan in content/', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'annex-3-survey',
      'annex-4-peer-challenge',
      'annex-5-glossary',
      'characteristics',
      'key-issues',
    ]);
  });

  it.each(sections.map((s) => [s.id, s] as const))(
    '%s has its title, headings and paragraphs',
    (_, section) => {
      const document = page(section.id);
      expect(document.querySelectorAll('h1')).toHaveLength(1);
      expect(normalise(document.querySelector('h1')?.textContent ?? '')).toContain(
        section.title.replace(/'/g, '’'),
      );
      const headings = [...document.querySelectorAll('main h2, main h3')].map((h) =>
        normalise(h.textContent ?? ''),
      );
      for (const heading of section.headings) expect(headings).toContain(heading.replace(/'/g, '’'));
      for (const n of section.paragraphs) {
        const id = paragraphId(n);
        const paragraphs = document.querySelectorAll(`[id="${id}"]`);
        expect(paragraphs, `#${id}`).toHaveLength(1);
        expect(paragraphs[0]?.querySelectorAll(`a[href="#${id}"]`), `anchor of #${id}`).toHaveLength(1);
        expect(normalise(paragraphs[0]?.textContent ?? '').length, `text of #${id}`).toBeGreaterThan(20);
      }
    },
  );

  it('gives every numbered paragraph one id, unique across the site', async () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const built of await listPages()) {
      const html = readFileSync(path.join(distDir, built.file), 'utf8');
      if (/<meta name="robots" content="noindex"/.test(html)) continue; // the whole-plan print page
      for (const match of html.matchAll(/\sid="(para-[a-z0-9-]+)"/g)) {
        const id = match[1] as string;
        if (seen.has(id)) repeated.push(`${id} on ${built.url} and ${seen.get(id)}`);
        seen.set(id, built.url);
      }
    }
    expect(repeated).toEqual([]);
    expect(seen.size).toBe(sections.flatMap((s) => s.paragraphs).length);
  });

  it('shows every sentence of chapters 1-2 and annexes 3-5 of the plan', () => {
    const text = [...sections.map((s) => readerText(page(s.id)))].join(' ');
    const missing = seedSentences().filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('renders the plan tables as real tables with captions, header scopes and sources', () => {
    const document = page('characteristics');
    const tables = [...document.querySelectorAll('main table')].filter((t) =>
      /Ofsted Grade|School Data/.test(t.querySelector('caption')?.textContent ?? ''),
    );
    // The Ofsted table is too wide for the text column, so it is shown in two parts (counts, then
    // percentages), each a whole table with its own caption.
    expect(
      tables.map((t) =>
        t.querySelector('caption')?.textContent?.replace(/^.*(part \d of \d|School Data).*$/s, '$1'),
      ),
    ).toEqual(['part 1 of 2', 'part 2 of 2', 'School Data']);
    for (const table of tables) {
      expect(table.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      expect(table.querySelectorAll('th[scope="row"]').length).toBeGreaterThan(5);
    }
    const triads = page('annex-4-peer-challenge').querySelector('main table caption');
    expect(triads?.textContent).toMatch(/triad/i);
  });

  it('ends each section page with "Edit this page" (when EDIT_BASE_URL is set) and the last change to its file in git', () => {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const fullHistory = git('rev-parse', '--is-shallow-repository') === 'false';
    for (const section of sections) {
      const file = `content/plan/${section.id}.mdx`;
      const meta = page(section.id).querySelector('.rp-page-meta');
      expect(meta?.querySelector('a')?.getAttribute('href')).toBe(
        site.editBaseUrl ? `${site.editBaseUrl}${file}` : undefined,
      );
      const committed = fullHistory ? git('log', '-1', '--format=%cs', '--', file) : '';
      // The built date is git's own answer for the file; without history (shallow) none is shown.
      expect(meta?.querySelector('time')?.getAttribute('datetime') ?? '').toBe(committed);
    }
  });
});
