import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import { rehypeListLabels } from './rehype-list-labels';

const tie = async (html: string) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeListLabels).process(html));

describe('rehypeListLabels', () => {
  it('names a list by the paragraph ending with a colon just before it', async () => {
    expect(
      await tie('<main><p>The plan has been developed through:</p>\n<ul><li>a survey</li></ul></main>'),
    ).toBe(
      '<main><p id="list-label-1">The plan has been developed through:</p>\n<ul aria-labelledby="list-label-1"><li>a survey</li></ul></main>',
    );
  });

  it('uses the paragraph’s own id, and skips ids the page already has', async () => {
    expect(
      await tie(
        '<main><p id="intro">Lists <em>these</em>:</p><ol><li>a</li></ol><p>And:</p><ul><li>b</li></ul><span id="list-label-1"></span></main>',
      ),
    ).toBe(
      '<main><p id="intro">Lists <em>these</em>:</p><ol aria-labelledby="intro"><li>a</li></ol><p id="list-label-2">And:</p><ul aria-labelledby="list-label-2"><li>b</li></ul><span id="list-label-1"></span></main>',
    );
  });

  it('leaves alone a paragraph without a colon, a list not directly after, a named list, and text outside main', async () => {
    const html =
      '<main><p>No colon</p><ul><li>a</li></ul><p>Gap:</p><p>between</p><ul><li>b</li></ul><p>Named:</p><ul aria-label="x"><li>c</li></ul></main><footer><p>Links:</p><ul><li>d</li></ul></footer>';
    expect(await tie(html)).toBe(html);
  });
});
