/**
 * Prints the built site's chapters, annexes, priorities and the whole plan to PDF with Chromium,
 * then writes each PDF's page count and size into the pages that link it (PdfLink.astro).
 * Called by scripts/build.ts on the staging folder after Astro and Pagefind.
 *
 * The PDFs are tagged, have an outline and carry the plan's metadata. Chromium stamps the time and
 * a random document ID into every PDF; both are replaced by values that depend only on the
 * commit, so two builds of one commit give byte-identical files.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { IS_HEADLESS_SHELL, launchChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';
import { listHtmlFiles, urlPathOf } from './lib/html-files';
import { findPdfJobs, type PdfJob } from './lib/pdf-jobs';
import { destinationPages, unnumbered } from './lib/pdf-contents';
import { fillPdfMeta, formatPdfMeta, type PdfMeta } from '../src/lib/pdf/pdf-meta';
import { site } from '../src/config/site';
import { t } from '../src/i18n/en';

/**
 * How the PDFs are printed on 2 cores, where the renderer's work is most of the time.
 * - The headless shell (the default): two browsers, each a single process (its renderer a thread
 *   of the browser) printing one page at a time, so each core has one renderer to keep busy. This
 *   printed the 35 PDFs in 15 to 17 s, against 18 to 20 s for one such browser with 4 pages in
 *   flight and 22 to 28 s for the set-up below. `--font-render-hinting=none` is what a browser
 *   with separate renderer processes uses: without it the single process spaces text by hinted
 *   glyph widths, and the PDFs differ.
 * - The full chromium (CHROMIUM_PATH=/usr/bin/chromium) crashes part-way through as a single
 *   process, so it prints with one renderer process for the site and four pages in flight (two:
 *   35 s, three: 36 s, four: 34 s, against 37 to 45 s with a process per page).
 * Both give the same PDFs, byte for byte (all 35 compared).
 * Emulating print media before loading saved 2 s more but made page breaks depend on the
 * machine's load (a paragraph number printed apart from its paragraph), so it is not done.
 */
const PRINTING = IS_HEADLESS_SHELL
  ? { browsers: 2, pagesEach: 1, switches: ['--single-process', '--font-render-hinting=none'] }
  : { browsers: 1, pagesEach: 4, switches: ['--process-per-site'] };
const AUTHOR = 'SESLIP';
const CREATOR = `${site.organisation}, website build`;
const PRODUCER = 'Chromium (Skia/PDF), pdf-lib';

/** What a printed page tells the PDF about itself. */
interface PageFacts {
  title: string;
  description: string;
  lang: string;
  footer: string;
  /** True when the page's print CSS draws its own running footer (src/lib/pdf/print-pages.ts). */
  cssFooter: boolean;
}

/**
 * The date written into every PDF: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the time of the commit being built, else the date the plan was adopted.
 */
export function pdfDate(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // No git, or no commit yet: fall through to the adoption date.
  }
  return new Date(`${site.adopted}T00:00:00Z`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's footer: the section on the left, "Page N of M" on the right. The template is laid out
 * on its own, without the page's styles, so it carries its font, size and margins inline; the side
 * margins match @page in src/styles/print.css.
 */
function footerTemplate(section: string): string {
  const page = t('pdf.footer.page', {
    page: '<span class="pageNumber"></span>',
    pages: '<span class="totalPages"></span>',
  });
  return `<div style="box-sizing:border-box;width:100%;margin:0 16mm 0 22mm;display:flex;justify-content:space-between;gap:6mm;font-family:'Liberation Sans',Arial,sans-serif;font-size:8pt;color:#3b3b3b;-webkit-print-color-adjust:exact"><span>${escapeHtml(section)}</span><span style="white-space:nowrap">${page}</span></div>`;
}

/** Calls `visit` on every string in an object, replacing it with what `visit` returns. */
function mapStrings(object: PDFObject, visit: (text: PDFString) => PDFString): void {
  const dict = object instanceof PDFStream ? object.dict : object;
  if (dict instanceof PDFDict) {
    for (const [key, value] of dict.entries()) {
      if (value instanceof PDFString) dict.set(key, visit(value));
      else mapStrings(value, visit);
    }
  } else if (dict instanceof PDFArray) {
    for (let i = 0; i < dict.size(); i += 1) {
      const value = dict.get(i);
      if (value instanceof PDFString) dict.set(i, visit(value));
      else mapStrings(value, visit);
    }
  }
}

const NODE_ID = /^node(\d+)$/;

/**
 * Tagged tables name their header cells by Chromium's DOM node numbers ("node00000176"), which
 * depend on how much the browser did before. Renumbers them 1, 2, 3 … in the same order, so the
 * ID tree stays sorted and the file depends only on the page.
 */
function renumberNodeIds(doc: PDFDocument): void {
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  const ids = new Set<string>();
  for (const object of objects) {
    mapStrings(object, (text) => {
      if (NODE_ID.test(text.asString())) ids.add(text.asString());
      return text;
    });
  }
  const number = (id: string) => Number(NODE_ID.exec(id)?.[1]);
  const renamed = new Map(
    [...ids]
      .sort((a, b) => number(a) - number(b))
      .map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]),
  );
  for (const object of objects) {
    mapStrings(object, (text) => {
      const to = renamed.get(text.asString());
      return to ? PDFString.of(to) : text;
    });
  }
}

/** Sets the metadata, pins the dates and replaces Chromium's random document ID with a hash. */
async function finishPdf(
  bytes: Uint8Array,
  facts: PageFacts,
  date: Date,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  renumberNodeIds(doc);
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(AUTHOR);
  doc.setSubject(facts.description);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setLanguage(facts.lang);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const options = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false };
  // Saved once with a placeholder ID of the hash's length, which is then overwritten in place by
  // the hash of those bytes: the file depends only on its content, and no offset moves.
  const placeholder = '0'.repeat(32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(placeholder), PDFHexString.of(placeholder)]);
  const saved = Buffer.from(await doc.save(options));
  const id = createHash('md5').update(saved).digest('hex');
  const marker = Buffer.from(`<${placeholder}>`);
  for (let from = saved.length, i = 0; i < 2; i += 1) {
    const at = saved.lastIndexOf(marker, from);
    if (at < 0) throw new Error('PDFs: the document ID placeholder was not found in the saved file.');
    saved.write(`<${id}>`, at, 'latin1');
    from = at - 1;
  }
  return { bytes: saved, pages: doc.getPageCount() };
}

async function printOne(
  context: BrowserContext,
  baseUrl: string,
  job: PdfJob,
  outFile: string,
  date: Date,
): Promise<PdfMeta> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  try {
    const url = new URL(urlPathOf(job.file, site.basePath), baseUrl).href;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    // Figures' data tables are <details>: print.css opens them, and so does this, for printers
    // that do not know ::details-content.
    const facts: PageFacts = await page.evaluate(async (siteUrl: string | null) => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      // Links to the site's other pages would point at this local server: point them inside the
      // PDF when the target is in it (the whole plan), else at the published site. When the site's
      // address is not set, such a link keeps its words and loses its address, rather than
      // printing the local server's.
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const target = new URL(link.getAttribute('href') ?? '', location.href);
        if (target.origin !== location.origin || target.pathname === location.pathname) continue;
        const anchor = target.hash
          ? decodeURIComponent(target.hash.slice(1))
          : `print-${target.pathname.split('/').filter(Boolean).pop() ?? ''}`;
        if (document.getElementById(anchor)) {
          link.setAttribute('href', `#${anchor}`);
        } else if (siteUrl) {
          link.setAttribute(
            'href',
            new URL(`${target.pathname}${target.search}${target.hash}`, siteUrl).href,
          );
          link.dataset['printLink'] = 'internal';
        } else {
          link.removeAttribute('href');
        }
      }
      // A link whose text is already its address need not print the address again.
      const bare = (text: string) =>
        text
          .trim()
          .replace(/^https?:\/\//, '')
          .replace(/\/$/, '');
      for (const link of document.querySelectorAll<HTMLAnchorElement>(
        'a[href^="http"]:not([data-print-link])',
      )) {
        if (bare(link.textContent ?? '') === bare(link.getAttribute('href') ?? ''))
          link.dataset['printLink'] = 'self';
      }
      await document.fonts.ready;
      // "Chapter 2: Characteristics of the South-East region", "Priority 1: Collaborate to …":
      // the eyebrow above the h1 (up to any " · ") and the h1's text.
      const eyebrow =
        document
          .querySelector('main .rp-section__head > .rp-eyebrow')
          ?.textContent?.split(' · ')[0]
          ?.trim() ?? '';
      const heading = (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        lang: document.documentElement.lang,
        footer: eyebrow ? `${eyebrow}: ${heading}` : heading,
        cssFooter: document.querySelector('[data-pdf-running-footer]') !== null,
      };
    }, site.siteUrl ?? null);
    if (!facts.title || !facts.lang)
      throw new Error(`${url} has no <title> or no <html lang>; the PDF needs both.`);
    const print = () =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        // A page whose CSS names each part in its footer prints its own; others get Chromium's.
        displayHeaderFooter: !facts.cssFooter,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(facts.footer),
      });
    const pdf = await printWithContentsPages(page, print);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const finished = await finishPdf(pdf, facts, date);
    await writeFile(outFile, finished.bytes);
    return { pages: finished.pages, bytes: finished.bytes.byteLength };
  } catch (error) {
    throw new Error(
      `PDFs: printing ${job.file} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await page.close();
  }
}

/**
 * Prints the page; when it has a contents list (`[data-contents-page]`), prints it twice: first
 * with "00" in every entry, to keep the room its number takes, then with the page each part
 * started on in that print. Fails when a part cannot be found, or the second print moved one.
 */
async function printWithContentsPages(page: Page, print: () => Promise<Buffer>): Promise<Buffer> {
  const fill = (numbers: Record<string, string> | null) =>
    page.evaluate((numbers) => {
      const targets: string[] = [];
      for (const entry of document.querySelectorAll<HTMLElement>('[data-contents-page]')) {
        const target = entry.dataset['contentsPage'] ?? '';
        targets.push(target);
        entry.textContent = numbers ? (numbers[target] ?? '') : '00';
      }
      return targets;
    }, numbers);
  const targets = await fill(null);
  if (targets.length === 0) return print();
  const first = await destinationPages(await print());
  const missing = unnumbered(targets, first);
  if (missing.length > 0)
    throw new Error(`the contents link to parts the PDF does not hold: ${missing.join(', ')}`);
  await fill(Object.fromEntries(targets.map((target) => [target, String(first.get(target))])));
  const pdf = await print();
  const second = await destinationPages(pdf);
  const moved = targets.filter((target) => second.get(target) !== first.get(target));
  if (moved.length > 0)
    throw new Error(`filling in the contents' page numbers moved these parts: ${moved.join(', ')}`);
  return pdf;
}

/**
 * Runs `work` over `items` with one worker per resource, each taking the next item when it is
 * free, keeping the items' order in the results.
 */
async function inPool<T, S, R>(
  items: readonly T[],
  resources: readonly S[],
  work: (item: T, resource: S) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (resource: S): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, resource);
    }
  };
  await Promise.all(resources.map(worker));
  return results;
}

/** Writes the page count and size of each PDF into every page that links it; fails on a link to a PDF not made. */
async function fillLinks(
  dir: string,
  files: readonly string[],
  metas: ReadonlyMap<string, PdfMeta>,
): Promise<void> {
  const missing: string[] = [];
  for (const file of files) {
    const html = await readFile(path.join(dir, file), 'utf8');
    if (!html.includes('data-pdf-meta')) continue;
    const filled = fillPdfMeta(html, metas);
    missing.push(...filled.missing.map((slug) => `${file} links pdf/${slug}.pdf, which was not made`));
    if (filled.html !== html) await writeFile(path.join(dir, file), filled.html);
  }
  if (missing.length > 0) {
    throw new Error(
      `PDFs: ${missing.join('\n')}\nA PDF is made for each page under plan/ and priorities/ and for print/whole-plan/; check the slug given to <PdfLink>.`,
    );
  }
}

/** Prints `<dir>/pdf/<slug>.pdf` for every chapter, annex, priority and council page and the whole plan. */
export async function printPdfs(dir: string): Promise<void> {
  const files = (await listHtmlFiles(dir)).filter((file) => !file.startsWith('pagefind'));
  // Largest page first, so that the longest print (the whole plan) does not run alone at the end.
  const sizes = new Map(
    await Promise.all(files.map(async (file) => [file, (await stat(path.join(dir, file))).size] as const)),
  );
  const jobs = findPdfJobs(files).sort((a, b) => (sizes.get(b.file) ?? 0) - (sizes.get(a.file) ?? 0));
  const outDir = path.join(dir, 'pdf');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const date = pdfDate();

  const server = await serveStatic(dir, site.basePath);
  const browsers = await Promise.all(
    Array.from({ length: PRINTING.browsers }, () => launchChromium(PRINTING.switches)),
  );
  const metas = new Map<string, PdfMeta>();
  try {
    const contexts = await Promise.all(
      browsers.map((browser) =>
        browser.newContext({ colorScheme: 'light', locale: 'en-GB', timezoneId: 'UTC' }),
      ),
    );
    const workers = contexts.flatMap((context) => Array.from({ length: PRINTING.pagesEach }, () => context));
    const results = await inPool(jobs, workers, (job, context) =>
      printOne(context, server.url, job, path.join(outDir, `${job.slug}.pdf`), date),
    );
    jobs.forEach((job, i) => metas.set(job.slug, results[i] as PdfMeta));
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server.close();
  }
  for (const job of jobs) {
    const meta = metas.get(job.slug) as PdfMeta;
    const size = (await stat(path.join(outDir, `${job.slug}.pdf`))).size;
    if (size !== meta.bytes) throw new Error(`PDFs: pdf/${job.slug}.pdf changed size while it was written.`);
    console.log(`  pdf/${job.slug}.pdf: ${formatPdfMeta(meta)}`);
  }
  await fillLinks(dir, files, metas);
}
