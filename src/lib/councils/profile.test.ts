import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../../datasets/index';
import { councilLabels } from './names';
import { planMentions, sentences } from './plan-mentions';
import { byName, inspectionDataEnd, ofstedRecord, triadPlace } from './profile';

const data = loadAllData();
const labels = councilLabels(data.councils);

describe('triadPlace', () => {
  it('gives Hampshire and the Isle of Wight one shared place, with the other places as partners', () => {
    expect(triadPlace('Isle of Wight', data.triads)).toEqual({
      triad: 3,
      planLabel: 'Hampshire and IoW',
      sharesPlaceWith: ['Hampshire'],
      partners: ['Slough', 'Milton Keynes'],
    });
    expect(triadPlace('Slough', data.triads).partners).toEqual([
      'Hampshire',
      'Isle of Wight',
      'Milton Keynes',
    ]);
    expect(triadPlace('Medway', data.triads)).toMatchObject({ triad: 4, sharesPlaceWith: [] });
  });
});

describe('ofstedRecord', () => {
  it('separates the judgement in force on 7 March 2019 from later ones, oldest first', () => {
    const medway = ofstedRecord('Medway', data.ofsted_se_judgements);
    expect(medway.inForce.report_published).toBe('2015-11-27');
    expect(medway.later.map((r) => [r.report_published, r.overall_effectiveness])).toEqual([
      ['2019-08-27', 'Inadequate'],
      ['2023-09-11', 'Good'],
    ]);
    expect(inspectionDataEnd(data.ofsted_se_judgements)).toBe('2024-12');
  });
});

describe('planMentions', () => {
  const body = (id: string) => readFileSync(`content/plan/${id}.mdx`, 'utf8');
  const sections = ['characteristics', 'annex-4-peer-challenge'].map((id) => ({ id, body: body(id) }));
  const mentions = planMentions(sections, labels);

  it('finds the sentences of 2.16 and A4.16 that name a council', () => {
    expect(mentions.get('hampshire')?.map((m) => m.n)).toEqual(['2.16', 'A4.16']);
    expect(mentions.get('reading')?.[0]?.sentence).toBe(
      'The regional average conceals a wide variation, with particular challenges for five authorities who have performance in one or more of these factors placing them in the lowest 10% of authorities. They are Isle of Wight, Medway, Portsmouth, Reading and Southampton.',
    );
    // Named only in the triads table, which is not a numbered paragraph.
    expect(mentions.get('east-sussex')).toBeUndefined();
  });

  it('cuts text into sentences at a stop followed by a capital', () => {
    expect(sentences('One. Two, e.g. three. Four')).toEqual(['One.', 'Two, e.g. three.', 'Four']);
  });
});

describe('byName', () => {
  it('orders councils alphabetically', () => {
    expect(byName(data.councils).map((c) => c.name)[0]).toBe('Bracknell Forest');
  });
});
