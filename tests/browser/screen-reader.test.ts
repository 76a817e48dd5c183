/**
 * What a screen reader is given, read from Chromium's own accessibility tree (not the markup):
 * a council page's table of every measure names the measure in each row's header, so that moving
 * along a row a reader hears "Children in need, rate per 10,000, 2017" and not "2017" alone; a
 * figure is named by its title and subtitle as two sentences.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser';
import { expectNone } from '../support/dist';

const selection = yaml.load(readFileSync('content/since-the-plan.yaml', 'utf8')) as {
  measures: { name: string }[];
};

let browserSite: BrowserSite;
beforeAll(async () => {
  browserSite = await openSite();
});
afterAll(async () => {
  await browserSite?.close();
});

/** One node of the accessibility tree, as Chromium gives it over the DevTools protocol. */
interface AxNode {
  nodeId: string;
  backendDOMNodeId?: number;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

describe('Kent’s table of every measure, in the accessibility tree', () => {
  it('names the measure in every row header, as well as the year', async () => {
    await browserSite.open('/councils/kent/');
    const { page } = browserSite;
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: 'table.rp-table--grouped',
      });
      expect(nodeId, 'the grouped table').toBeGreaterThan(0);
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const { nodes: all } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as {
        nodes: AxNode[];
      };
      const byId = new Map(all.map((n) => [n.nodeId, n]));
      const tableNode = all.find((n) => n.backendDOMNodeId === node.backendNodeId);
      expect(tableNode?.role?.value, 'the grouped table’s role').toBe('table');
      // The table's rows, and the first cell of each, as the tree gives them.
      const rows: AxNode[] = [];
      const walk = (at: AxNode | undefined) => {
        if (!at) return;
        if (at.role?.value === 'row') rows.push(at);
        else for (const id of at.childIds ?? []) walk(byId.get(id));
      };
      walk(tableNode);
      const firstCells = rows
        .map((row) => (row.childIds ?? []).map((id) => byId.get(id)).find((n) => n && !n.ignored))
        .filter((cell): cell is AxNode => cell !== undefined)
        .map((cell) => ({
          role: cell.role?.value ?? '',
          name: (cell.name?.value ?? '').replace(/\s+/g, ' ').trim(),
        }))
        .filter((cell) => cell.role !== 'columnheader');
      const measures = selection.measures.map((m) => m.name);
      // A group's own heading row names the measure alone; each following row names it with the year.
      const problems: string[] = [];
      let current: string | undefined;
      let rowsNamed = 0;
      for (const { role, name } of firstCells) {
        if (measures.includes(name)) {
          current = name;
          continue;
        }
        rowsNamed += 1;
        if (role !== 'rowheader')
          problems.push(`row "${name}" has no row header (its first cell is a ${role})`);
        else if (!current) problems.push(`row header "${name}" comes before any measure's heading`);
        else if (!name.startsWith(`${current}, `))
          problems.push(`row header "${name}" does not name its measure, "${current}"`);
      }
      expectNone(problems, 'Row headers of Kent’s table of every measure');
      expect(
        firstCells.map((c) => c.name).filter((n) => measures.includes(n)),
        'every measure heads its group, in order',
      ).toEqual(measures);
      expect(rowsNamed, 'row headers under the measures').toBeGreaterThanOrEqual(measures.length);
    } finally {
      await cdp.detach();
    }
  });
});

describe('a measure page’s figures, as named to a screen reader', () => {
  it('read the title and subtitle as two sentences, with no space before the full stop', async () => {
    await browserSite.open('/since-the-plan/looked-after-rate/');
    const snapshot = await browserSite.page.locator('main').ariaSnapshot();
    const names = [...snapshot.matchAll(/- '?figure "([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(names.length, 'figures named on the page').toBeGreaterThanOrEqual(2);
    expectNone(
      names.filter((name) => / [.,:;]/.test(name) || !/[a-z0-9)]\. [A-Z]/.test(name)),
      'Figure names with a space before punctuation, or without a full stop between title and subtitle',
    );
  });
});
