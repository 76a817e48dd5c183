import { describe, expect, it } from 'vitest';
import {
  bulletItems,
  firstSentence,
  labelledItem,
  leadText,
  locateParagraph,
  excerpt,
  paragraphSource,
  plainText,
} from './plan-excerpts';

const mdx = `## Heading

<Para n="1.2">
Key systemic challenges: both the survey and the interviews identified the following

- Financial stringency: An expectation of savings
- **Fragmented governance:** Increased marketization
</Para>

<Para n="1.3">
Children's services are part of a complex adaptive system. These are represented below.
</Para>
`;

describe('plan excerpts', () => {
  it('finds the source of one paragraph and not its neighbour', () => {
    const source = paragraphSource(mdx, '1.2');
    expect(source).toContain('Financial stringency');
    expect(source).not.toContain('complex adaptive');
    expect(paragraphSource(mdx, '1.9')).toBeUndefined();
  });

  it('separates the lead text from the bullet points', () => {
    const source = paragraphSource(mdx, '1.2') ?? '';
    expect(leadText(source)).toBe(
      'Key systemic challenges: both the survey and the interviews identified the following',
    );
    expect(bulletItems(source)).toEqual([
      'Financial stringency: An expectation of savings',
      'Fragmented governance: Increased marketization',
    ]);
  });

  it('splits a labelled bullet at its first colon', () => {
    expect(labelledItem('Financial stringency: An expectation of savings')).toEqual({
      label: 'Financial stringency',
      text: 'An expectation of savings',
    });
    expect(labelledItem('No label here')).toEqual({ label: 'No label here', text: '' });
  });

  it('reduces markdown to text', () => {
    expect(plainText('See [the data](https://example.org) and *this* <Chart id="x" />')).toBe(
      'See the data and this',
    );
  });

  it('takes the first sentence without breaking at abbreviations followed by lower case', () => {
    expect(firstSentence('Children are part of a system. These are represented.')).toBe(
      'Children are part of a system.',
    );
    expect(firstSentence('e.g. police, health. Next one.')).toBe('e.g. police, health.');
  });
});

describe('locating and excerpting paragraphs', () => {
  const sections = [
    { id: 'key-issues', body: mdx },
    {
      id: 'other',
      body: '<Para n="2.1">\nThere are 12 unitary authorities. The region is prosperous. In contrast, one in eight is poor.\n</Para>',
    },
  ];

  it('finds which section holds a paragraph', () => {
    expect(locateParagraph(sections, '2.1')?.sectionId).toBe('other');
    expect(locateParagraph(sections, '1.3')?.sectionId).toBe('key-issues');
    expect(locateParagraph(sections, '9.9')).toBeUndefined();
  });

  it('keeps whole short paragraphs and marks cut ones with an ellipsis', () => {
    const short = locateParagraph(sections, '1.3')?.source ?? '';
    expect(excerpt(short)).toBe(
      "Children's services are part of a complex adaptive system. These are represented below.",
    );
    const long = locateParagraph(sections, '2.1')?.source ?? '';
    expect(excerpt(long, 2)).toBe('There are 12 unitary authorities. The region is prosperous. …');
  });

  it('marks a paragraph whose bullet points were left out', () => {
    expect(excerpt(paragraphSource(mdx, '1.2') ?? '')).toBe(
      'Key systemic challenges: both the survey and the interviews identified the following …',
    );
  });
});
