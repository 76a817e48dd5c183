import { describe, expect, it } from 'vitest';
import { fillPdfMeta, formatFileSize, formatPdfMeta } from './pdf-meta';

describe('formatFileSize', () => {
  it('writes kilobytes, rounded, never 0', () => {
    expect(formatFileSize(348_160)).toBe('340 KB');
    expect(formatFileSize(1_600)).toBe('2 KB');
    expect(formatFileSize(10)).toBe('1 KB');
  });
  it('writes megabytes from 1,024 KB, with one decimal below 10 MB', () => {
    expect(formatFileSize(1_258_291)).toBe('1.2 MB');
    expect(formatFileSize(15 * 1024 * 1024)).toBe('15 MB');
  });
  it('refuses what is not a size', () => {
    expect(() => formatFileSize(-1)).toThrow(/number of bytes/);
    expect(() => formatFileSize(Number.NaN)).toThrow(/number of bytes/);
  });
});

describe('formatPdfMeta', () => {
  it('gives pages and size', () => {
    expect(formatPdfMeta({ pages: 12, bytes: 348_160 })).toBe('12 pages, 340 KB');
  });
  it('says "1 page", not "1 pages"', () => {
    expect(formatPdfMeta({ pages: 1, bytes: 2048 })).toBe('1 page, 2 KB');
  });
});

describe('fillPdfMeta', () => {
  const metas = new Map([['key-issues', { pages: 4, bytes: 92_160 }]]);
  const link = (slug: string) =>
    `<a href="/pdf/${slug}.pdf">Download this section as PDF<span data-pdf-meta="${slug}"></span></a>`;

  it('writes the numbers into the placeholder', () => {
    const { html, slugs, missing } = fillPdfMeta(link('key-issues'), metas);
    expect(html).toBe(
      '<a href="/pdf/key-issues.pdf">Download this section as PDF<span data-pdf-meta="key-issues"> (4 pages, 90 KB)</span></a>',
    );
    expect(slugs).toEqual(['key-issues']);
    expect(missing).toEqual([]);
  });
  it('keeps other attributes and gives the same page when run twice', () => {
    const once = fillPdfMeta(
      '<span class="x" data-pdf-meta="key-issues" data-astro-cid-a>old</span>',
      metas,
    ).html;
    expect(once).toBe('<span class="x" data-pdf-meta="key-issues" data-astro-cid-a> (4 pages, 90 KB)</span>');
    expect(fillPdfMeta(once, metas).html).toBe(once);
  });
  it('reports a link to a PDF that was not made', () => {
    const { html, missing } = fillPdfMeta(link('key-issues') + link('nowhere'), metas);
    expect(missing).toEqual(['nowhere']);
    expect(html).toContain('<span data-pdf-meta="nowhere"></span>');
  });
  it('leaves a page without placeholders alone', () => {
    expect(fillPdfMeta('<p>No PDF here</p>', metas)).toEqual({
      html: '<p>No PDF here</p>',
      slugs: [],
      missing: [],
    });
  });
});
