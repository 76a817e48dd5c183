/**
 * Link-preview images: which figure a built page shows first, and the Open Graph and Twitter card
 * tags that show an image of it. Pure string work on built HTML; scripts/figure-images.ts draws the
 * images with Chromium and writes the tags.
 */

/** Where the image of a figure is published, below the base path. */
export function figureImagePath(figureId: string): string {
  return `/og/${figureId}.png`;
}

/**
 * The id of the first figure drawn on a built page (`<figure id="…" class="rp-figure">`), or
 * undefined when the page has none.
 * @example firstFigureId('<figure id="lac-rates" class="rp-figure">') // "lac-rates"
 */
export function firstFigureId(html: string): string | undefined {
  return /<figure id="([a-z0-9-]+)" class="rp-figure"/.exec(html)?.[1];
}

/** An image for a link preview: absolute address, size in pixels and its text alternative. */
export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Adds the image tags to a page's head and makes its Twitter card a large-image one. Fails when
 * the page has no head or no summary card to upgrade, so a changed layout cannot go unnoticed.
 */
export function addPreviewImage(html: string, image: PreviewImage): string {
  const card = '<meta name="twitter:card" content="summary">';
  if (!html.includes(card) || !html.includes('</head>')) {
    throw new Error(
      'Link previews: the page has no </head> or no twitter:card "summary" tag (src/layouts/BaseLayout.astro).',
    );
  }
  const tags = [
    `<meta property="og:image" content="${escapeAttribute(image.url)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="${image.width}">`,
    `<meta property="og:image:height" content="${image.height}">`,
    `<meta property="og:image:alt" content="${escapeAttribute(image.alt)}">`,
    `<meta name="twitter:image" content="${escapeAttribute(image.url)}">`,
    `<meta name="twitter:image:alt" content="${escapeAttribute(image.alt)}">`,
  ].join('');
  return html
    .replace(card, '<meta name="twitter:card" content="summary_large_image">')
    .replace('</head>', `${tags}</head>`);
}

/**
 * Width and height of a PNG, read from its header.
 * @example pngSize(buffer) // { width: 1280, height: 720 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(12) !== 0x49484452) throw new Error('Not a PNG file.');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
