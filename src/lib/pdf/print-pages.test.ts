import { describe, expect, it } from 'vitest';
import { cssString, pageNumberContent, runningFooterCss } from './print-pages';

describe('runningFooterCss', () => {
  it('puts each part on a named page whose bottom-left box names it', () => {
    const css = runningFooterCss(
      [
        { id: 'key-issues', footer: 'Chapter 1: Key issues' },
        { id: 'annex-3', footer: 'Annex 3: "Survey"' },
      ],
      'Page {page} of {pages}',
    );
    expect(css).toContain('@page part-key-issues { @bottom-left { content: "Chapter 1: Key issues";');
    expect(css).toContain('[data-print-part="key-issues"] { page: part-key-issues; }');
    expect(css).toContain('@page part-annex-3 { @bottom-left { content: "Annex 3: \\"Survey\\"";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('refuses an id that cannot name a page', () => {
    expect(() => runningFooterCss([{ id: 'Key issues', footer: 'x' }], '{page}')).toThrow(
      /lower-case letters/,
    );
  });

  it('writes strings and page numbers as CSS', () => {
    expect(cssString('a\\b "c"\nd')).toBe('"a\\\\b \\"c\\" d"');
    expect(pageNumberContent('{page} / {pages}')).toBe('counter(page) " / " counter(pages)');
  });
});
