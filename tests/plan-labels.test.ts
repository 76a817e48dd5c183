/**
 * The plan's own tables keep the plan's labels, and what the site says about the plan's figures
 * claims nothing the plan does not say.
 */
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../src/datasets/index';
import { getDataset } from '../src/datasets/index';
import { planTable } from '../src/models/plan-tables';
import { ENGLAND_TOTAL } from '../src/charts/ofsted-grades-by-region';
import { SEED_TEXT } from './support/seed-text';

const data = loadAllData();

describe('the plan’s Ofsted table (para 2.5)', () => {
  const table = planTable('ofsted-grades-by-region', data);
  const seedRows = SEED_TEXT.split('\n').filter((line) => /\t\d+\t\d+\t\d+\t\d+\t\d+%/.test(line));

  it('labels every region as the plan does', () => {
    const planLabels = seedRows.map((line) => line.split('\t')[0]).filter(Boolean);
    expect(planLabels).toHaveLength(10);
    const shown = table.table.rows.map((row) => row[0]).filter((label) => label !== ENGLAND_TOTAL);
    expect(shown).toEqual(planLabels);
    expect(shown).toContain('Yorkshire and Humberside');
  });

  it('gives the official name in the note, not in place of the plan’s word', () => {
    expect(table.notes.join(' ')).toContain(
      '“Yorkshire and Humberside”, as the plan names it, is officially Yorkshire and The Humber.',
    );
  });
});

describe('the SEND inspection counts (para 2.6)', () => {
  it('are given no date, as the plan gives none', () => {
    const paragraph = /^- 2\.6\. (.*)$/m.exec(SEED_TEXT)?.[1] ?? '';
    expect(paragraph).toContain('written statement of action');
    const datePattern =
      /\b(?:19|20)\d\d\b|\b(?:early|late|mid|spring|summer|autumn|winter)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
    expect(paragraph).not.toMatch(datePattern);
    const meta = getDataset('send_inspections').meta;
    for (const text of [meta.title, meta.description, meta.coverage]) expect(text).not.toMatch(datePattern);
  });
});
