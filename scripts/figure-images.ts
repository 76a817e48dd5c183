/**
 * Link-preview images: for every built page that shows a figure, an image of its first figure
 * (caption and chart, as readers see them in the light scheme) drawn at build time with the same
 * Chromium that prints the PDFs, and the Open Graph and Twitter card tags that show it. Previews
 * need absolute addresses, so without the site's address (SITE_URL) nothing is drawn or written.
 * Called by scripts/build.ts on the staging folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/chromium';
import { listHtmlFiles, urlPathOf } from './lib/html-files';
import { serveStatic } from './lib/static-server';
import { site } from '../src/config/site';
import { absoluteUrl, withBase } from '../src/lib/site/paths';
import {
  addPreviewImage,
  figureImagePath,
  firstFigureId,
  pngSize,
  type PreviewImage,
} from '../src/lib/site/link-preview';

/** Only the caption and the wide drawing go in the image; summary, table and links stay on the page. */
const IMAGE_CSS =
  '.rp-figure > :not(figcaption, .rp-figure__chart--wide) { display: none; } .rp-figure { margin: 0; padding: 16px; background: #fff; }';

/** Draws the images and writes their tags; returns how many images were drawn. */
export async function addFigureImages(dir: string): Promise<number> {
  if (!site.siteUrl) return 0;
  const files = (await listHtmlFiles(dir)).filter((file) => !file.startsWith('pagefind'));
  const pages = new Map<string, string>();
  const figureOf = new Map<string, string>();
  for (const file of files) {
    const html = await readFile(path.join(dir, file), 'utf8');
    const id = firstFigureId(html);
    if (!id) continue;
    pages.set(file, html);
    figureOf.set(file, id);
  }
  const firstPageOf = new Map<string, string>();
  for (const [file, id] of figureOf) if (!firstPageOf.has(id)) firstPageOf.set(id, file);

  const images = new Map<string, PreviewImage>();
  await mkdir(path.join(dir, 'og'), { recursive: true });
  const server = await serveStatic(dir, site.basePath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 700, height: 900 },
      deviceScaleFactor: 2,
      colorScheme: 'light',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    for (const [id, file] of firstPageOf) {
      await page.goto(new URL(urlPathOf(file, site.basePath), server.url).href, { waitUntil: 'load' });
      await page.addStyleTag({ content: IMAGE_CSS });
      const figure = page.locator(`figure#${id}`);
      const png = await figure.screenshot({ animations: 'disabled' });
      const imagePath = figureImagePath(id);
      await writeFile(path.join(dir, imagePath), png);
      const alt = ((await figure.locator('.rp-figure__title').textContent()) ?? '').trim();
      const url = absoluteUrl(withBase(imagePath)) as string;
      images.set(id, { url, ...pngSize(png), alt });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [file, html] of pages) {
    const image = images.get(figureOf.get(file) as string) as PreviewImage;
    await writeFile(path.join(dir, file), addPreviewImage(html, image));
  }
  return images.size;
}
