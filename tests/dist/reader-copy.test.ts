/**
 * Reader copy, not developer copy: no reading page (anything but /data/ and the CSVs) and no PDF
 * links a code repository as a source, or shows a commit hash, a path under data/ or content/, or
 * words addressed to editors. The sub-path build is checked the same way in sub-path.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assertDistBuilt, distDir, pdfsBuilt, report } from '../support/dist';
import { pageProblems, pdfProblems, textProblems } from '../support/reader-copy';

describe('reader copy', () => {
  it('the check finds what it looks for', () => {
    expect(textProblems('x', 'LAIT (commit 2e30e39)')).toHaveLength(1);
    expect(textProblems('x', 'read from data/lait_values.csv')).toHaveLength(1);
    expect(textProblems('x', 'Editors can add them to this page’s file.')).toHaveLength(2);
    expect(textProblems('x', 'Up 1.3 points since 2017; see Data and sources.')).toEqual([]);
  });

  it('pages show no repository source, hash, file path or note to editors', async () => {
    assertDistBuilt();
    const problems = await pageProblems(distDir);
    expect(problems, report(problems, 'Reading pages')).toEqual([]);
  });

  it.skipIf(!pdfsBuilt())('PDFs show none either', () => {
    const problems = pdfProblems(distDir);
    expect(problems, report(problems, 'PDFs')).toEqual([]);
  });
});
