import { describe, expect, it } from 'vitest';
import { byInitial, glossaryTermId, termMatcher, termUsage } from './glossary';
import type { GlossaryTerm } from '../../schemas/glossary-term';

const terms: GlossaryTerm[] = [
  {
    id: 'adcs',
    term: 'ADCS',
    definition: "Association of Directors of Children's Services",
    abbreviation: true,
  },
  {
    id: 'south-east-adcs',
    term: 'South East ADCS',
    definition: 'The South East branch of the ADCS',
    abbreviation: false,
  },
  { id: 'cp', term: 'CP', definition: 'Child Protection', abbreviation: true },
  { id: 'cpp', term: 'CPP', definition: 'Child protection plans', abbreviation: true },
  { id: 'echp', term: 'ECHP', definition: 'Education Health and Care Plan', abbreviation: true },
  {
    id: 'section-251-outturn-statement',
    term: 'Section 251 outturn statement',
    definition: 'Local authorities submit annual statements',
    abbreviation: false,
  },
];
const find = termMatcher(terms);

describe('glossary term matching', () => {
  it('gives each term a stable id', () => {
    expect(glossaryTermId('lac')).toBe('term-lac');
  });

  it('matches abbreviations as whole words, case-sensitively, with plurals', () => {
    const matches = find("needing ECHP's and ECHPs; the rate of CPP, not CPPX or cpp.");
    expect(matches.map((m) => [m.term.id, m.text])).toEqual([
      ['echp', "ECHP's"],
      ['echp', 'ECHPs'],
      ['cpp', 'CPP'],
    ]);
  });

  it('does not match a shorter abbreviation inside a longer one', () => {
    expect(find('CPP').map((m) => m.term.id)).toEqual(['cpp']);
  });

  it('prefers the longer phrase where terms overlap', () => {
    expect(find('the South East ADCS and the ADCS').map((m) => m.term.id)).toEqual([
      'south-east-adcs',
      'adcs',
    ]);
  });

  it('matches phrases in any case, with a plural, and reports offsets', () => {
    const [match] = find('using the section 251 outturn statements for');
    expect(match?.term.id).toBe('section-251-outturn-statement');
    expect(match?.index).toBe(10);
    expect(match?.text).toBe('section 251 outturn statements');
  });
});

describe('glossary usage and index', () => {
  it('lists the pages that use each term, once per page', () => {
    const pages = [
      { label: 'Chapter 1', href: '/plan/a/', text: 'CPP and CPP again' },
      { label: 'Priority 7', href: '/priorities/b/', text: 'the ADCS' },
    ];
    const usage = termUsage(terms, pages);
    expect(usage.get('cpp')?.map((p) => p.label)).toEqual(['Chapter 1']);
    expect(usage.get('adcs')?.map((p) => p.label)).toEqual(['Priority 7']);
    expect(usage.get('echp')).toEqual([]);
  });

  it('groups terms A to Z, ignoring case', () => {
    const groups = byInitial(terms);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'C', 'E', 'S']);
    expect(groups[1]?.terms.map((t) => t.term)).toEqual(['CP', 'CPP']);
  });
});
