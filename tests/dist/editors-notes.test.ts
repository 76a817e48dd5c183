/**
 * Editor's notes on the built pages: each note sits beside its paragraph with an id, cites every
 * source data/editors_notes.csv gives it, and every priority page quoting that paragraph links to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadAllData } from '../../src/datasets/index';
import { noteId, paragraphId } from '../../src/lib/text/paragraphs';
import { assertDistBuilt, distDir, listPages } from '../support/dist';

const data = loadAllData();

function document(file: string): Document {
  return parseHTML(readFileSync(path.join(distDir, file), 'utf8')).document;
}

describe('editor’s notes', () => {
  it('sit beside their paragraph and cite each of their sources', async () => {
    assertDistBuilt();
    const pages = (await listPages()).filter((p) => p.file.startsWith('plan/'));
    for (const note of data.editors_notes) {
      const holders = pages
        .map((p) => document(p.file).getElementById(noteId(note.paragraph)))
        .filter((el): el is HTMLElement => el !== null);
      expect(holders, `note at ${note.paragraph}`).toHaveLength(1);
      const element = holders[0] as HTMLElement;
      expect(element.closest(`#${paragraphId(note.paragraph)}`)).not.toBeNull();
      const cited = [note.source_id, ...note.other_source_ids].map(
        (id) => data.sources.find((s) => s.source_id === id)?.title,
      );
      const sourceLines = [...element.querySelectorAll('.rp-callout__source')].map(
        (p) => p.textContent ?? '',
      );
      expect(sourceLines).toHaveLength(cited.length);
      cited.forEach((title, i) => expect(sourceLines[i]).toContain(title));
    }
  });

  it('are linked from every priority page that quotes their paragraph', () => {
    const priorities = readPriorities();
    const quoting = priorities.filter((p) =>
      data.editors_notes.some((n) => p.paragraphs.includes(n.paragraph)),
    );
    expect(quoting.map((p) => p.id)).toContain('in-house-fostering');
    for (const priority of quoting) {
      const doc = document(`priorities/${priority.id}/index.html`);
      for (const note of data.editors_notes.filter((n) => priority.paragraphs.includes(n.paragraph))) {
        const links = [...doc.querySelectorAll('.rp-excerpt a')].filter((a) =>
          (a.getAttribute('href') ?? '').endsWith(`#${noteId(note.paragraph)}`),
        );
        expect(links, `${priority.id} → note at ${note.paragraph}`).toHaveLength(1);
      }
    }
  });

  it('are linked from the summary of the in-house fostering priority, on its page and in the whole plan, where it repeats the plan’s 8%', () => {
    const summaryLinks = (doc: Document, selector: string) =>
      [...doc.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href') ?? '');
    const page = document('priorities/in-house-fostering/index.html');
    expect(page.querySelector('.rp-lede')?.textContent).toContain('8% higher');
    expect(summaryLinks(page, '.rp-lede')).toEqual([
      expect.stringMatching(/\/plan\/characteristics\/#note-2-19$/),
    ]);
    const whole = document('print/whole-plan/index.html');
    const priority = [...whole.querySelectorAll('.rp-print-plan__priority')].find((s) =>
      s.textContent?.includes('8% higher in the South East'),
    );
    const summary = priority?.querySelector('h4 + p');
    expect(summary?.textContent).toContain('8% higher');
    expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      expect.stringMatching(/#note-2-19$/),
    ]);
    expect(whole.getElementById('note-2-19')).not.toBeNull();
  });
});

/** Each priority's id and the plan paragraphs its frontmatter lists. */
function readPriorities(): { id: string; paragraphs: string[] }[] {
  const dir = 'content/priorities';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const list = /^paragraphs: \[(.*)\]$/m.exec(text)?.[1] ?? '';
      return {
        id: name.replace(/\.mdx$/, ''),
        paragraphs: [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string),
      };
    });
}
