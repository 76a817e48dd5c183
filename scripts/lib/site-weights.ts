import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { listHtmlFiles, urlPathOf } from './html-files';

/** What one built page costs a reader. */
export interface PageWeight {
  url: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** JavaScript the page loads: external scripts' sizes plus inline script text. */
  scriptBytes: number;
  /** The same, each script gzipped on its own. */
  scriptGzipBytes: number;
  /** Largest inline chart SVG on the page. */
  largestSvgBytes: number;
  /** Web fonts linked or declared by the page. */
  fontFiles: number;
}

/** The weights of a built site, measured from its files. */
export interface SiteWeights {
  pages: PageWeight[];
  cssFiles: { file: string; bytes: number; gzipBytes: number }[];
}

async function fileBytes(root: string, href: string, base: string): Promise<Buffer> {
  const relative = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
  return (await readFile(path.join(root, relative)).catch(() => undefined)) ?? Buffer.alloc(0);
}

/** Measures every page and stylesheet under `root`, a site built for base path `base`. */
export async function measureSite(root: string, base = '/'): Promise<SiteWeights> {
  const pages: PageWeight[] = [];
  for (const file of await listHtmlFiles(root)) {
    if (file.startsWith('pagefind')) continue;
    const html = await readFile(path.join(root, file));
    const { document } = parseHTML(html.toString('utf8'));
    let scriptBytes = 0;
    let scriptGzipBytes = 0;
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      const code = src ? await fileBytes(root, src, base) : Buffer.from(script.textContent ?? '');
      scriptBytes += code.length;
      scriptGzipBytes += code.length > 0 ? gzipSync(code, { level: 9 }).length : 0;
    }
    const svgs = [...document.querySelectorAll('svg')].map((svg) => Buffer.byteLength(svg.outerHTML));
    const fontFiles =
      document.querySelectorAll('link[rel="preload"][as="font"], link[href$=".woff2"], link[href$=".woff"]')
        .length + (html.toString('utf8').match(/@font-face/g)?.length ?? 0);
    pages.push({
      url: urlPathOf(file, base),
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html, { level: 9 }).length,
      scriptBytes,
      scriptGzipBytes,
      largestSvgBytes: Math.max(0, ...svgs),
      fontFiles,
    });
  }
  const cssFiles = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.css') || entry.parentPath.includes('pagefind')) continue;
    const full = path.join(entry.parentPath, entry.name);
    const css = await readFile(full);
    cssFiles.push({
      file: path.relative(root, full),
      bytes: css.length,
      gzipBytes: gzipSync(css, { level: 9 }).length,
    });
  }
  cssFiles.sort((a, b) => a.file.localeCompare(b.file));
  return { pages, cssFiles };
}
