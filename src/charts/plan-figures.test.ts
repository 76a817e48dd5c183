import { describe, expect, it } from 'vitest';
import type { AllData } from '../lib/data/all-data';
import type { OfstedRegionalCountRow, SystemMapLinkRow, TriadRow } from '../schemas/plan-data';
import { ENGLAND_TOTAL, gradeShares, narrowGradeSpec, ofstedGradesByRegion } from './ofsted-grades-by-region';
import { layoutLinks, narrowNodes, NODE_POSITIONS, systemMap } from './system-map';
import { sendInspections } from './send-inspections';
import { narrowTriadSpec, triadMembers } from './triads';
import { LAYOUTS } from './types';

const count = (
  region: OfstedRegionalCountRow['region'],
  grade: OfstedRegionalCountRow['grade'],
  n: number,
  source_id = 'SEED_PLAN_TEXT',
): OfstedRegionalCountRow => ({ region, grade, count: n, source_id, note: '' });

describe('ofsted-grades-by-region on a fixture', () => {
  const fixture = [
    count('North East', 'Outstanding', 1),
    count('North East', 'Good', 1),
    count('North East', 'Requires improvement', 1),
    count('North East', 'Inadequate', 0),
    count('South East', 'Outstanding', 0),
    count('South East', 'Good', 1),
    count('South East', 'Requires improvement', 0),
    count('South East', 'Inadequate', 0),
    count('South East', 'Good', 9, 'OFSTED_REPORTS_D2I'),
  ];
  const rows = gradeShares(fixture);

  it('uses the plan’s table only and adds an all-regions total', () => {
    expect(rows.map((r) => r.area)).toEqual([
      ...Array<string>(4).fill('North East'),
      ...Array<string>(4).fill('South East'),
      ...Array<string>(4).fill(ENGLAND_TOTAL),
    ]);
    expect(rows.filter((r) => r.area === ENGLAND_TOTAL).map((r) => r.count)).toEqual([1, 2, 1, 0]);
  });

  it('computes percentages from counts, rounded half up', () => {
    expect(rows.filter((r) => r.area === 'North East').map((r) => r.percent)).toEqual([33, 33, 33, 0]);
    expect(rows.filter((r) => r.area === ENGLAND_TOTAL).map((r) => r.percent)).toEqual([25, 50, 25, 0]);
  });

  it('draws one bar per area at narrow width, with percentages for the South East and England only', () => {
    const spec = narrowGradeSpec(rows, LAYOUTS.narrow);
    expect(spec.width).toBe(320);
    const data = (spec.marks ?? []).map((m) => (m as unknown as { data: { text?: string }[] }).data);
    const texts = data.flat().map((d) => d.text);
    expect(texts).toEqual(expect.arrayContaining(['North East', 'South East', ENGLAND_TOTAL]));
    // South East: 100% good; England: 25%, 50%, 25% (zero shares have no part of the bar to label).
    expect(texts.filter((t) => t?.endsWith('%'))).toEqual(['100%', '25%', '50%', '25%']);
  });

  it('summarises the South East row', () => {
    expect(ofstedGradesByRegion.summary(rows)).toMatch(
      /^As at 7 March 2019, the 1 South East authorities were graded: 0 \(0%\) outstanding, 1 \(100%\) good/,
    );
  });
});

describe('send-inspections on a fixture', () => {
  it('computes the share needing a written statement of action, South East first', () => {
    const rows = sendInspections.select({
      send_inspections: [
        {
          area: 'England',
          authorities_with_report: 8,
          written_statement_of_action: 2,
          paragraph: '2.6',
          plan_words: 'x',
          source_id: 'SEED_PLAN_TEXT',
        },
        {
          area: 'South East',
          authorities_with_report: 3,
          written_statement_of_action: 1,
          paragraph: '2.6',
          plan_words: 'y',
          source_id: 'SEED_PLAN_TEXT',
        },
      ],
    } as unknown as AllData);
    expect(rows.map((r) => [r.area, r.percent])).toEqual([
      ['South East', 33],
      ['England', 25],
    ]);
    expect(sendInspections.summary(rows)).toBe(
      '3 South East authorities had had a SEND inspection report; 1 of them (33%) required a written statement of action, compared with 2 of 8 (25%) in England.',
    );
  });
});

describe('system-map', () => {
  const link = (from: string, to: string): SystemMapLinkRow => ({
    from,
    to,
    paragraph: '1.4',
    plan_words: 'w',
    source_id: 'SEED_PLAN_TEXT',
  });

  it('clips arrows to the box edges', () => {
    const [l] = layoutLinks([link('Austerity and budget cutbacks', 'Increasing child poverty')]);
    expect(l!.y1).toBe(50);
    expect(l!.x1).toBeGreaterThan(95 + 90);
    expect(l!.x2).toBeLessThan(320 - 90);
  });

  it('fails with the factor’s name when the layout has no place for it', () => {
    expect(() => layoutLinks([link('Austerity and budget cutbacks', 'Brexit')])).toThrow(
      'The system map has no place for "Brexit". Add it to NODE_POSITIONS in src/charts/system-map.ts',
    );
  });

  it('places every factor of the wide map in the narrow one, in two columns', () => {
    const nodes = narrowNodes(Object.keys(NODE_POSITIONS), LAYOUTS.narrow);
    expect(new Set(nodes.map((n) => n.x)).size).toBe(2);
    for (const n of nodes) {
      expect(n.x - n.halfW).toBeGreaterThanOrEqual(0);
      expect(n.x + n.halfW).toBeLessThanOrEqual(320);
    }
    expect(() => narrowNodes(['Brexit'], LAYOUTS.narrow)).toThrow(
      'The narrow system map has no place for "Brexit".',
    );
  });

  it('summarises the factor with most effects and the one with most causes', () => {
    const rows = layoutLinks([
      link('Austerity and budget cutbacks', 'Increasing child poverty'),
      link('Austerity and budget cutbacks', 'Reduced early help safety net'),
      link('Increasing child poverty', 'Increased demand on social care'),
      link('Reduced early help safety net', 'Increased demand on social care'),
    ]);
    expect(systemMap.summary(rows)).toBe(
      'The map shows 4 links the plan states between 4 factors. Austerity and budget cutbacks has the most effects: increasing child poverty and reduced early help safety net. Increased demand on social care has 2 causes (increasing child poverty and reduced early help safety net). Every link, with the plan’s own words, is in the data table.',
    );
  });

  it('tables each link as “A leads to b” with its paragraph', () => {
    const rows = layoutLinks([link('Increased demand on social care', 'Spiralling costs')]);
    expect(systemMap.table(rows).rows).toEqual([
      ['Increased demand on social care leads to spiralling costs', '1.4', '“w”'],
    ]);
  });
});

describe('triads', () => {
  it('joins authorities that share one place in a triad', () => {
    const row = (position: number, plan_label: string, area: TriadRow['area']): TriadRow => ({
      triad: 3,
      position,
      plan_label,
      area,
      source_id: 'SEED_PLAN_TEXT',
      note: '',
    });
    const members = triadMembers([
      row(2, 'Hampshire and IoW', 'Isle of Wight'),
      row(1, 'Slough', 'Slough'),
      row(2, 'Hampshire and IoW', 'Hampshire'),
    ]);
    expect(members.map((m) => m.name)).toEqual(['Slough', 'Isle of Wight and Hampshire']);
    const spec = narrowTriadSpec(members, LAYOUTS.narrow);
    const boxes = (spec.marks![1] as unknown as { data: { text: string; x2: number }[] }).data;
    expect(boxes.map((b) => b.text)).toEqual(['Slough', 'Isle of Wight\nand Hampshire']);
    expect(Math.max(...boxes.map((b) => b.x2))).toBeLessThanOrEqual(320);
  });
});
