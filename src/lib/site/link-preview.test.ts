import { describe, expect, it } from 'vitest';
import { addPreviewImage, figureImagePath, firstFigureId, pngSize } from './link-preview';

const page =
  '<html><head><meta name="twitter:card" content="summary"></head><body><figure id="lac-rates" class="rp-figure" data-astro-cid-x></figure><figure id="cpp-rates" class="rp-figure"></figure></body></html>';

describe('link previews', () => {
  it('finds the first figure of a page, or none', () => {
    expect(firstFigureId(page)).toBe('lac-rates');
    expect(firstFigureId('<main><p>No figure</p></main>')).toBeUndefined();
    expect(figureImagePath('lac-rates')).toBe('/og/lac-rates.png');
  });

  it('adds the image tags and makes the card a large-image one', () => {
    const html = addPreviewImage(page, {
      url: 'https://owner.example/plan/og/lac-rates.png',
      width: 1400,
      height: 900,
      alt: 'Figure 2: Rates "per" 10,000',
    });
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).not.toContain('content="summary">');
    expect(html).toContain(
      '<meta property="og:image" content="https://owner.example/plan/og/lac-rates.png">',
    );
    expect(html).toContain('<meta property="og:image:width" content="1400">');
    expect(html).toContain('<meta property="og:image:alt" content="Figure 2: Rates &quot;per&quot; 10,000">');
    expect(html.indexOf('twitter:image')).toBeLessThan(html.indexOf('</head>'));
  });

  it('refuses a page whose head it cannot find', () => {
    expect(() => addPreviewImage('<p>', { url: 'u', width: 1, height: 1, alt: '' })).toThrow(/twitter:card/);
  });

  it('reads a PNG’s size from its header', () => {
    const header = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 5, 0x78, 0,
      0, 2, 0x76,
    ]);
    expect(pngSize(header)).toEqual({ width: 1400, height: 630 });
    expect(() => pngSize(new Uint8Array(24))).toThrow(/PNG/);
  });
});
