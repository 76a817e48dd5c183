import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPdfJobs } from '../scripts/lib/pdf-jobs';

describe('findPdfJobs', () => {
  it('prints every chapter, annex and priority page found, then the whole plan', () => {
    const files = [
      '404.html',
      'index.html',
      'plan/index.html',
      'plan/key-issues/index.html',
      'plan/annex-4-peer-challenge/index.html',
      'priorities/index.html',
      'priorities/data-benchmarking/index.html',
      'print/whole-plan/index.html',
      'data/figures/lac-rates/index.html',
    ];
    expect(findPdfJobs(files)).toEqual([
      { slug: 'annex-4-peer-challenge', file: 'plan/annex-4-peer-challenge/index.html' },
      { slug: 'key-issues', file: 'plan/key-issues/index.html' },
      { slug: 'data-benchmarking', file: 'priorities/data-benchmarking/index.html' },
      { slug: 'whole-plan', file: 'print/whole-plan/index.html' },
    ]);
  });
  it('fails without the whole-plan page', () => {
    expect(() => findPdfJobs(['plan/key-issues/index.html'])).toThrow(/print\/whole-plan\/index\.html/);
  });
  it('fails when two pages would write one PDF', () => {
    expect(() =>
      findPdfJobs([
        'plan/workforce/index.html',
        'priorities/workforce/index.html',
        'print/whole-plan/index.html',
      ]),
    ).toThrow(/both be printed to pdf\/workforce\.pdf/);
  });
});

describe('print.css', () => {
  it('declares the cascade layers in the order layers.css does', () => {
    // print.css is linked before the main bundle; a different order would let the screen win.
    const order = (file: string) => /@layer [^{;]+;/.exec(readFileSync(file, 'utf8'))?.[0];
    expect(order('src/styles/print.css')).toBeDefined();
    expect(order('src/styles/print.css')).toBe(order('src/styles/layers.css'));
  });
});
