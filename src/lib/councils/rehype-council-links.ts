import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { councilMatcher, mayStartSentence, type CouncilLabel, type CouncilMention } from './names';
import { NEVER_LINKED } from '../text/never-linked';

/** Options of {@link rehypeCouncilLinks}. */
export interface CouncilLinkOptions {
  labels: readonly CouncilLabel[];
  /** The address of a council's page, e.g. slug => "/councils/kent/". */
  hrefOf: (slug: string) => string;
}

/** What the build tells the plugin about the page it is linking (as `file.data`). */
export interface CouncilLinkPage {
  /** The slug of the council whose own page this is: its name is not linked to itself. */
  councilSlug?: string;
}

/** Elements whose text is never linked: those no linker touches, plus options and navigation. */
const LEFT_ALONE = new Set([...NEVER_LINKED, 'option', 'nav']);

/** Headings that start a new section: a council is linked again at its first mention after one. */
const SECTION_HEADINGS = new Set(['h1', 'h2', 'h3']);

/** The site's own figures: their text is counted apart from the prose around them. */
const FIGURES = new Set(['figure']);

const isElement = (node: Root | Element, names: Set<string>) =>
  node.type === 'element' && names.has(node.tagName);

const TABLE_CELLS = new Set(['td', 'th']);
const TABLES = new Set(['table']);

/** All the text inside an element; `between` goes between elements' texts (a space keeps cells apart). */
function textOf(node: Element | ElementContent, between = ''): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child, between)).join(between) : '';
}

function councilLink(mention: CouncilMention, href: string): Element {
  const { council } = mention;
  const label: ElementContent = council.abbreviation
    ? {
        type: 'element',
        tagName: 'abbr',
        properties: { title: council.name },
        children: [{ type: 'text', value: mention.text }],
      }
    : { type: 'text', value: mention.text };
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['rp-council'], href },
    children: [label],
  };
}

/**
 * A rehype plugin that links council names (and the plan's abbreviations, e.g. "W&M") in a page's
 * `<main>` to the council's page: every time in a table cell, and in prose at the first mention in
 * each section (a section starts at an h1, h2 or h3), the site's figures counted apart from the
 * prose. Headings, links, navigation, captions and anything inside `data-council-ignore` are left
 * alone, and a council page does not link its own name. Names that are also words ("Reading") are
 * not linked where a sentence may start, and in a table only where the name is a cell's whole text
 * and the table names another council (a triad's members, not Table 1's school subjects).
 * Runs before the glossary links, which then skip these links.
 */
export function rehypeCouncilLinks(options: CouncilLinkOptions) {
  const find = councilMatcher(options.labels);
  return (tree: Root, file?: VFile): void => {
    const own = (file?.data as CouncilLinkPage | undefined)?.councilSlug;
    // The site's own figure text (summaries, captions) is counted apart from the plan's prose, so a
    // name used first in a figure's summary is still linked at its first mention in the prose.
    let seen = new Set<string>();
    let seenInFigures = new Set<string>();
    const edits: { parent: Root | Element; node: Text; replacement: ElementContent[] }[] = [];
    // Whether a table names a council that is not also a word, judged once a table.
    const othersNamed = new Map<Element, boolean>();
    const namesOthers = (table: Element | undefined) => {
      if (!table) return false;
      if (!othersNamed.has(table))
        othersNamed.set(
          table,
          find(textOf(table, ' ')).some((m) => !m.council.alsoAWord),
        );
      return othersNamed.get(table) ?? false;
    };
    visitParents(tree, (node, parents) => {
      if (node.type === 'element' && SECTION_HEADINGS.has(node.tagName)) {
        seen = new Set();
        seenInFigures = new Set();
        return;
      }
      if (node.type !== 'text') return;
      const ancestors = parents as (Root | Element)[];
      if (!ancestors.some((a) => a.type === 'element' && a.tagName === 'main')) return;
      if (
        ancestors.some(
          (a) =>
            a.type === 'element' &&
            (LEFT_ALONE.has(a.tagName) || a.properties['dataCouncilIgnore'] !== undefined),
        )
      )
        return;
      const cell = ancestors.findLast((a): a is Element => isElement(a, TABLE_CELLS));
      const table = ancestors.findLast((a): a is Element => isElement(a, TABLES));
      const pool = ancestors.some((a) => isElement(a, FIGURES)) ? seenInFigures : seen;
      const linked = find(node.value).filter((m) => {
        if (m.council.slug === own) return false;
        if (cell) return !m.council.alsoAWord || (textOf(cell).trim() === m.text && namesOthers(table));
        if (m.council.alsoAWord && mayStartSentence(node.value, m.index)) return false;
        if (pool.has(m.council.slug)) return false;
        pool.add(m.council.slug);
        return true;
      });
      if (linked.length === 0) return;
      const replacement: ElementContent[] = [];
      let at = 0;
      for (const mention of linked) {
        if (mention.index > at)
          replacement.push({ type: 'text', value: node.value.slice(at, mention.index) });
        replacement.push(councilLink(mention, options.hrefOf(mention.council.slug)));
        at = mention.index + mention.text.length;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      edits.push({ parent: ancestors[ancestors.length - 1] as Root | Element, node, replacement });
    });
    for (const { parent, node, replacement } of edits) {
      parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
    }
  };
}
