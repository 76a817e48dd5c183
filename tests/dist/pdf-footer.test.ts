/**
 * The whole-plan PDF's footer names the part being read (the cover and contents, each chapter,
 * the priorities, each annex) and numbers the page, through CSS named pages and @page margin boxes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { t } from '../../src/i18n/en';
import { assertDistBuilt, distDir } from '../support/dist';

const PDF = path.join(distDir, 'pdf', 'whole-plan.pdf');
/** Points from the top of an A4 page (842 pt) to the bottom margin, where the footer is. */
const FOOTER_TOP = 790;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function footerOf(page: number): string {
  return normalise(
    execFileSync(
      'pdftotext',
      [
        '-enc',
        'UTF-8',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-x',
        '0',
        '-y',
        `${FOOTER_TOP}`,
        '-W',
        '600',
        '-H',
        '52',
        PDF,
        '-',
      ],
      { encoding: 'utf8' },
    ),
  );
}

/** What each part's footer should say, in print order, from the whole-plan page's headings. */
function expectedFooters(): string[] {
  const html = readFileSync(path.join(distDir, 'print/whole-plan/index.html'), 'utf8');
  const document = parseHTML(html).document;
  const parts = [...document.querySelectorAll('[data-print-part]')];
  const names = parts.map((part) => {
    if (part.getAttribute('data-print-part') === 'plan') return site.shortTitle;
    const h2 = part.querySelector('h2');
    const eyebrow = normalise(h2?.querySelector('.rp-eyebrow')?.textContent ?? '');
    const title = normalise(
      [...(h2?.childNodes ?? [])]
        .filter((n) => n !== h2?.querySelector('.rp-eyebrow'))
        .map((n) => n.textContent)
        .join(''),
    );
    return eyebrow ? `${eyebrow}: ${title}` : title;
  });
  return names.filter((name, i) => name !== names[i - 1]);
}

describe('the whole-plan PDF footer', () => {
  it('names the chapter, priorities or annex being read, and numbers the page', () => {
    assertDistBuilt();
    const total = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [PDF], { encoding: 'utf8' }))?.[1]);
    const footers = Array.from({ length: total }, (_, i) => footerOf(i + 1));
    const pageWords = (n: number) => t('pdf.footer.page', { page: String(n), pages: String(total) });
    footers.forEach((footer, i) =>
      expect(footer, `page ${i + 1}`).toMatch(new RegExp(`${pageWords(i + 1)}$`)),
    );
    const names = footers.map((footer, i) => normalise(footer.slice(0, -pageWords(i + 1).length)));
    const inOrder = names.filter((name, i) => name !== names[i - 1]);
    expect(inOrder).toEqual(expectedFooters());
    expect(inOrder).toContain(t('priorities.title'));
  });
});
