import path from 'node:path';

/** One PDF to print: a built page and the file it becomes. */
export interface PdfJob {
  /** The PDF's name without ".pdf", as PdfLink.astro links it: "characteristics", "whole-plan". */
  slug: string;
  /** The built HTML file, relative to the site folder: "plan/characteristics/index.html". */
  file: string;
}

/** The page printed as the whole plan. */
export const WHOLE_PLAN_FILE = 'print/whole-plan/index.html';
export const WHOLE_PLAN_SLUG = 'whole-plan';

/** Folders whose child pages each get a PDF: chapters and annexes, priorities and councils. */
const PRINTED_FOLDERS = ['plan', 'priorities', 'councils'];

/**
 * The PDFs to make, found from the built files (not from a list kept by hand): every
 * `plan/<slug>/index.html`, `priorities/<slug>/index.html` and `councils/<slug>/index.html`, then
 * the whole plan. Fails when
 * the whole-plan page is missing or two pages would write the same PDF.
 */
export function findPdfJobs(htmlFiles: readonly string[]): PdfJob[] {
  const jobs: PdfJob[] = [];
  for (const file of htmlFiles) {
    const parts = file.split(path.sep).join('/').split('/');
    if (parts.length === 3 && PRINTED_FOLDERS.includes(parts[0] as string) && parts[2] === 'index.html') {
      jobs.push({ slug: parts[1] as string, file: parts.join('/') });
    }
  }
  jobs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (!htmlFiles.some((file) => file.split(path.sep).join('/') === WHOLE_PLAN_FILE)) {
    throw new Error(
      `PDFs: the built site has no ${WHOLE_PLAN_FILE} (src/pages/print/whole-plan.astro) to print as the whole plan.`,
    );
  }
  jobs.push({ slug: WHOLE_PLAN_SLUG, file: WHOLE_PLAN_FILE });
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const other = seen.get(job.slug);
    if (other)
      throw new Error(
        `PDFs: ${other} and ${job.file} would both be printed to pdf/${job.slug}.pdf. Rename one of them.`,
      );
    seen.set(job.slug, job.file);
  }
  return jobs;
}
