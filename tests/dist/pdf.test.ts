/**
 * The PDFs of a built site (scripts/print-pdfs.ts), read with poppler-utils: one for every chapter,
 * annex and priority page and one for the whole plan; tagged, titled, with the section's headings
 * and figure captions and none of the site's navigation; no blank pages; links that give the true
 * page count and size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, distDir, pdfsBuilt, report } from '../support/dist';
import { listHtmlFiles } from '../../scripts/lib/html-files';
import { formatPdfMeta } from '../../src/lib/pdf/pdf-meta';
import { t } from '../../src/i18n/en';

/** A page that gets a PDF, and what the test expects to find in it. */
interface Printed {
  slug: string;
  file: string;
  title: string;
  /** h1-h3 and figure captions that are printed (not inside navigation or other hidden chrome). */
  expected: string[];
  /** The same without abbreviations written out, which happens only at their first use in a document. */
  plain: string[];
}

/** Text of the site's chrome that must never reach paper. */
const CHROME = [
  'skipLink',
  'search.label',
  'toc.heading',
  'page.edit',
  'footer.about',
  'footer.accessibility',
  'pdf.download.section',
] as const;
/** Parts of a page print.css hides; headings inside them are not expected in the PDF. */
const HIDDEN =
  'nav, .rp-section__aside, .rp-toc, .rp-pagination, .rp-page-meta, .rp-pdf-link, .rp-no-print, .rp-visually-hidden';
/** Points from the top of an A4 page to the bottom margin, where Chromium puts the footer. */
const ABOVE_FOOTER = 780;

const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const pdfPath = (slug: string): string => path.join(distDir, 'pdf', `${slug}.pdf`);

function pdfinfo(slug: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdfPath(slug)], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const at = line.indexOf(':');
      return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : [];
    }),
  );
}

function pdftotext(slug: string, args: string[] = []): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, pdfPath(slug), '-'], { encoding: 'utf8' });
}

/** The text of each page of a PDF above its running footer, first page first (one pdftotext run). */
function pageTexts(slug: string): string[] {
  return pdftotext(slug, ['-x', '0', '-y', '0', '-W', '600', '-H', String(ABOVE_FOOTER)])
    .split('\f')
    .slice(0, -1);
}

function readPage(file: string): Document {
  return parseHTML(readFileSync(path.join(distDir, file), 'utf8')).document;
}

function printedText(element: Element, expandAbbreviations = true): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.rp-visually-hidden, .rp-visually-hidden-inline'))
    hidden.remove();
  // print.css writes out the first use of an abbreviation.
  if (expandAbbreviations) {
    for (const abbr of copy.querySelectorAll('abbr[data-first-use][title]'))
      abbr.append(` (${abbr.getAttribute('title') ?? ''})`);
  }
  return normalise(copy.textContent ?? '');
}

/** A figure caption's title line (its first block), or the whole caption when it has one block. */
function firstBlock(caption: Element): Element {
  return caption.querySelector('.rp-figure__title') ?? caption;
}

function describePage(file: string, slug: string): Printed {
  const document = readPage(file);
  const main = document.querySelector('main');
  const headings = [...(main?.querySelectorAll('h1, h2, h3') ?? [])].filter((h) => !h.closest(HIDDEN));
  const captions = [...(main?.querySelectorAll('figcaption') ?? [])].filter((c) => !c.closest(HIDDEN));
  return {
    slug,
    file,
    title: normalise(document.querySelector('title')?.textContent ?? ''),
    // A caption is laid out in several blocks (title, subtitle); the first words of its first block
    // are enough to find it.
    expected: [
      ...headings.map((h) => printedText(h)),
      ...captions.map((c) => printedText(firstBlock(c)).slice(0, 60).trim()),
    ].filter(Boolean),
    plain: [
      ...headings.map((h) => printedText(h, false)),
      ...captions.map((c) => printedText(firstBlock(c), false).slice(0, 60).trim()),
    ].filter(Boolean),
  };
}

const pdfs = pdfsBuilt();
let pages: Printed[] = [];
let sectionFiles: string[] = [];

describe.skipIf(!pdfs)('PDFs', () => {
  beforeAll(async () => {
    assertDistBuilt();
    const files = (await listHtmlFiles(distDir)).map((file) => file.split(path.sep).join('/'));
    sectionFiles = files.filter((file) => /^(plan|priorities)\/[^/]+\/index\.html$/.test(file));
    pages = [
      ...sectionFiles.map((file) => describePage(file, file.split('/')[1] as string)),
      describePage('print/whole-plan/index.html', 'whole-plan'),
    ];
  });

  it('are made for every chapter, annex and priority page, and the whole plan', () => {
    expect(sectionFiles.length).toBeGreaterThan(0);
    const missing = pages
      .filter((page) => !existsSync(pdfPath(page.slug)))
      .map((page) => `pdf/${page.slug}.pdf for ${page.file}`);
    expect(missing, report(missing, 'PDFs not made')).toEqual([]);
  });

  it('are tagged and carry the title, author and language', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const info = pdfinfo(page.slug);
      if (info['Tagged'] !== 'yes') failures.push(`${page.slug}: not tagged`);
      if (info['Title'] !== page.title)
        failures.push(`${page.slug}: title "${info['Title']}", page says "${page.title}"`);
      if (info['Author'] !== 'SESLIP') failures.push(`${page.slug}: author "${info['Author']}"`);
      if (!readFileSync(pdfPath(page.slug), 'latin1').includes('/Lang (en-GB)'))
        failures.push(`${page.slug}: no /Lang (en-GB)`);
      if (readFileSync(pdfPath(page.slug), 'latin1').includes('127.0.0.1'))
        failures.push(`${page.slug}: links to the local print server`);
    }
    expect(failures, report(failures, 'PDF metadata')).toEqual([]);
  });

  it('have a sensible number of pages, the whole plan the most', () => {
    const count = (slug: string) => Number(pdfinfo(slug)['Pages']);
    const sections = pages
      .filter((page) => page.slug !== 'whole-plan')
      .map((page) => ({ slug: page.slug, pages: count(page.slug) }));
    const failures = sections
      .filter((s) => !(s.pages >= 1 && s.pages <= 40))
      .map((s) => `${s.slug}: ${s.pages} pages`);
    expect(failures, report(failures, 'Page counts outside 1 to 40')).toEqual([]);
    const whole = count('whole-plan');
    expect(whole).toBeGreaterThanOrEqual(Math.max(...sections.map((s) => s.pages)) + 2);
    expect(whole).toBeLessThanOrEqual(sections.reduce((sum, s) => sum + s.pages, 0) + 10);
  });

  it('contain each printed heading and figure caption of their page, and none of the site chrome', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const text = normalise(pdftotext(page.slug));
      for (const expected of page.expected)
        if (!text.includes(expected)) failures.push(`${page.slug}: "${expected}" not found`);
      for (const key of CHROME) if (text.includes(t(key))) failures.push(`${page.slug}: has "${t(key)}"`);
    }
    expect(failures, report(failures, 'PDF text')).toEqual([]);
  });

  it('have no blank pages', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const texts = pageTexts(page.slug);
      const total = Number(pdfinfo(page.slug)['Pages']);
      expect(texts, page.slug).toHaveLength(total);
      texts.forEach((body, i) => {
        if (body.trim() === '') failures.push(`${page.slug}: page ${i + 1} of ${total} is blank`);
      });
    }
    expect(failures, report(failures, 'Blank pages')).toEqual([]);
  });

  it('give the whole plan its chapters, then the annexes, in the plan’s order, with all their headings', () => {
    const text = normalise(pdftotext('whole-plan'));
    const index = readPage('plan/index.html');
    const order = [...index.querySelectorAll('main h3 a')].map((a) =>
      (a.getAttribute('href') ?? '').split('/').filter(Boolean).pop(),
    );
    const titles = order.map((slug) => {
      const h1 = readPage(`plan/${slug}/index.html`).querySelector('main h1');
      h1?.querySelector('.rp-eyebrow')?.remove();
      return normalise(h1?.textContent ?? '');
    });
    expect(titles.length).toBeGreaterThan(0);
    // The contents list names every section first; the sections follow it.
    let at = text.indexOf(titles[titles.length - 1] as string) + 1;
    const failures: string[] = [];
    for (const title of titles) {
      const found = text.indexOf(title, at);
      if (found < 0) failures.push(`"${title}" not found after the contents, in order`);
      else at = found + title.length;
    }
    // Priorities are printed from their facts, not as their pages; chapters and annexes in full.
    for (const page of pages.filter((p) => p.file.startsWith('plan/'))) {
      for (const expected of page.plain)
        if (!text.includes(expected)) failures.push(`${page.slug}: "${expected}" not in the whole plan`);
    }
    expect(failures, report(failures, 'Whole plan')).toEqual([]);
  });

  it('hold at least 3 lines of text on every page after the first, in every PDF', () => {
    const slugs = readdirSync(path.join(distDir, 'pdf'))
      .filter((file) => file.endsWith('.pdf'))
      .map((file) => file.replace(/\.pdf$/, ''));
    expect(slugs.length).toBeGreaterThanOrEqual(35);
    const failures = slugs.flatMap((slug) =>
      pageTexts(slug).flatMap((text, i) => {
        const lines = text.split('\n').filter((line) => line.trim() !== '').length;
        return i > 0 && lines < 3
          ? [`${slug}.pdf page ${i + 1}: ${lines} line${lines === 1 ? '' : 's'}`]
          : [];
      }),
    );
    expect(failures, report(failures, 'Pages with fewer than 3 lines')).toEqual([]);
  });

  it('never end a page with a sentence leading into a list or quotations (one ending in a colon)', () => {
    const slugs = readdirSync(path.join(distDir, 'pdf'))
      .filter((file) => file.endsWith('.pdf'))
      .map((file) => file.replace(/\.pdf$/, ''));
    const failures = slugs.flatMap((slug) => {
      const texts = pageTexts(slug);
      return texts.flatMap((text, i) => {
        const last =
          text
            .split('\n')
            .filter((line) => line.trim() !== '')
            .pop()
            ?.trim() ?? '';
        return i < texts.length - 1 && last.endsWith(':') ? [`${slug}.pdf page ${i + 1} ends "${last}"`] : [];
      });
    });
    expect(failures, report(failures, 'Pages ending in a lead-in')).toEqual([]);
  });

  it('number the whole plan’s contents with the page where each part starts', () => {
    const entries = readPage('print/whole-plan/index.html').querySelectorAll('[data-contents-page]').length;
    // The contents fill page 2: each entry's title, then its page number at the right.
    const listed = [
      ...pdftotext('whole-plan', ['-f', '2', '-l', '2', '-layout']).matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm),
    ].map((m) => ({ title: normalise(m[1] ?? ''), page: Number(m[2]) }));
    expect(listed).toHaveLength(entries);
    const wholePlan = pageTexts('whole-plan');
    const failures = listed.flatMap(({ title, page }) => {
      // Headings print "Chapter 1" above the title, so the title is looked for without it.
      const words = title.replace(/^[^:]*: /, '').slice(0, 30);
      // Above the running footer, which names the part on each of its pages.
      const text = normalise(wholePlan[page - 1] ?? '');
      return page > 2 && text.includes(words)
        ? []
        : [`"${title}" is listed at page ${page}, which does not hold "${words}"`];
    });
    expect(failures, report(failures, 'Whole plan contents')).toEqual([]);
  });

  it('are linked with their true page count and size', () => {
    const failures: string[] = [];
    const linking = [...sectionFiles, 'index.html'];
    for (const file of linking) {
      for (const span of readPage(file).querySelectorAll('[data-pdf-meta]')) {
        const slug = span.getAttribute('data-pdf-meta') as string;
        if (!existsSync(pdfPath(slug))) {
          failures.push(`${file}: links pdf/${slug}.pdf, which is missing`);
          continue;
        }
        const expected = ` (${formatPdfMeta({ pages: Number(pdfinfo(slug)['Pages']), bytes: statSync(pdfPath(slug)).size })})`;
        if (span.textContent !== expected)
          failures.push(`${file}: says "${span.textContent}" for pdf/${slug}.pdf, expected "${expected}"`);
      }
    }
    const home = readPage('index.html').querySelector('[data-pdf-meta="whole-plan"]');
    if (!home) failures.push('index.html: no link to the whole-plan PDF');
    expect(failures, report(failures, 'PDF links')).toEqual([]);
  });
});
