import { t } from '../../i18n/en';

/** What a reader is told about a PDF before downloading it. */
export interface PdfMeta {
  /** Number of pages. */
  pages: number;
  /** File size in bytes. */
  bytes: number;
}

/**
 * A file size as GOV.UK writes it, in binary units rounded for reading.
 * @example formatFileSize(348_160) // "340 KB"
 * @example formatFileSize(1_258_291) // "1.2 MB"
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new Error(`A file size must be a number of bytes, not ${bytes}.`);
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/**
 * The page count and size of a PDF, for the text of its download link.
 * @example formatPdfMeta({ pages: 12, bytes: 348_160 }) // "12 pages, 340 KB"
 */
export function formatPdfMeta({ pages, bytes }: PdfMeta): string {
  const count = pages === 1 ? t('pdf.pages.one') : t('pdf.pages.other', { n: pages });
  return t('pdf.meta', { pages: count, size: formatFileSize(bytes) });
}

/** Matches the placeholder written by PdfLink.astro: `<span … data-pdf-meta="slug" …>…</span>`. */
const PLACEHOLDER = /(<span\b[^>]*\bdata-pdf-meta="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/**
 * Fills every PDF placeholder in a built HTML page with " (12 pages, 340 KB)". Slugs for which no
 * PDF was made are returned in `missing`, so the build can fail on a link to a file that is not
 * there. Filling twice gives the same result.
 */
export function fillPdfMeta(
  html: string,
  metas: ReadonlyMap<string, PdfMeta>,
): { html: string; slugs: string[]; missing: string[] } {
  const slugs: string[] = [];
  const missing: string[] = [];
  const filled = html.replace(PLACEHOLDER, (match, open: string, slug: string, close: string) => {
    slugs.push(slug);
    const meta = metas.get(slug);
    if (!meta) {
      missing.push(slug);
      return match;
    }
    return `${open} (${formatPdfMeta(meta)})${close}`;
  });
  return { html: filled, slugs, missing };
}
