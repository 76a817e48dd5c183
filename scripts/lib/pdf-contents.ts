/**
 * Page numbers for a printed contents list. Chromium writes each in-document link target of a
 * PDF as a named destination (the catalog's /Dests: name → [page /XYZ x y z]); the page a part's
 * heading landed on in a first print is the number its contents entry shows in the second.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * The page (1 for the first) on which each named destination of a PDF lies.
 * @example (await destinationPages(bytes)).get('print-key-issues') // 3
 */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  const found = new Map<string, number>();
  if (!(dests instanceof PDFDict)) return found;
  for (const [name, value] of dests.entries()) {
    const target = dests.context.lookup(value);
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    if (!(array instanceof PDFArray)) continue;
    const page = array.get(0);
    const number = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    if (number !== undefined) found.set(decodeURIComponent(name.decodeText()), number);
  }
  return found;
}

/**
 * The contents entries whose page a print could not tell, by target: each must be a named
 * destination of the PDF, or the contents would print a blank.
 */
export function unnumbered(targets: readonly string[], pages: ReadonlyMap<string, number>): string[] {
  return targets.filter((target) => !pages.has(target));
}
