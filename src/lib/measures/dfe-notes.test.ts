import { describe, expect, it } from 'vitest';
import { noteParagraph, quotedNotes } from './dfe-notes';

const description =
  'Workforce in the year ending 30 September.\n\n\n\nNOTE: Kingston upon Thames and Richmond upon Thames submit a joint census return each year.\n\nTwo local authorities were unable to provide data for 2025 following a cyberattack';

describe('DfE’s notes from the dictionary', () => {
  it('finds the whole paragraph that holds the words', () => {
    expect(noteParagraph(description, 'submit a joint   census return')).toBe(
      'NOTE: Kingston upon Thames and Richmond upon Thames submit a joint census return each year.',
    );
    expect(noteParagraph(description, 'not there at all')).toBeUndefined();
  });

  it('quotes each paragraph once, keeps the kind asked for, and names the file when words are gone', () => {
    const measure = {
      measure: 'Work_Force_TO_Rate',
      description,
      dfeNotes: [
        { kind: 'jointReturns' as const, words: 'Kingston upon Thames' },
        { kind: 'jointReturns' as const, words: 'Richmond upon Thames submit' },
        { kind: 'missingReturns' as const, words: 'unable to provide data for 2025', period: '2025' },
      ],
    };
    expect(quotedNotes(measure).map((n) => n.kind)).toEqual(['jointReturns', 'missingReturns']);
    expect(quotedNotes(measure, ['missingReturns'])[0]?.text).toBe(
      'Two local authorities were unable to provide data for 2025 following a cyberattack',
    );
    expect(() =>
      quotedNotes({ ...measure, dfeNotes: [{ kind: 'jointReturns', words: 'Northamptonshire' }] }),
    ).toThrow(/content\/since-the-plan.yaml, measure Work_Force_TO_Rate.*data\/lait_measures.csv/);
  });
});
