import { describe, expect, it } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import { remarkCheckComponents } from './remark-check-components';

async function compile(source: string): Promise<void> {
  const processor = createProcessor({
    remarkPlugins: [[remarkCheckComponents, { Chart: ['lac-rates'], PlanTable: ['triads'] }]],
  });
  await processor.process({ value: source, path: `${process.cwd()}/content/plan/x.mdx` });
}

describe('remarkCheckComponents', () => {
  it('accepts known ids and paragraph numbers', async () => {
    await expect(
      compile('<Para n="2.18">\nText\n</Para>\n\n<Chart id="lac-rates" />\n\n<PlanTable id="triads" />\n'),
    ).resolves.toBeUndefined();
  });

  it('names the file and line of an unknown figure, listing the valid ids', async () => {
    await expect(compile('Intro\n\n<Chart id="lac-rate" />\n')).rejects.toThrow(
      'content/plan/x.mdx:3: <Chart id="lac-rate"> does not exist. Valid ids: lac-rates.',
    );
  });

  it('names an unknown plan table and a malformed paragraph number', async () => {
    await expect(compile('<PlanTable id="x" />\n\n<Para n="2-18">\nx\n</Para>\n')).rejects.toThrow(
      /x\.mdx:1: <PlanTable id="x"> does not exist[\s\S]*x\.mdx:3: <Para n="2-18"> is not a paragraph number/,
    );
  });
});
