import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { GlossaryTerm } from '../../schemas/glossary-term';
import { termMatcher } from './glossary';
import { NEVER_LINKED } from './never-linked';

/** Options of {@link rehypeGlossaryLinks}. */
export interface GlossaryLinkOptions {
  terms: readonly GlossaryTerm[];
  /** The address of a term's glossary entry, e.g. id => "/glossary/#term-lac". */
  hrefOf: (id: string) => string;
}

/** Elements whose text is never linked: those no linker touches, plus terms and table headers. */
const LEFT_ALONE = new Set([...NEVER_LINKED, 'dt', 'th']);

function isLeftAlone(ancestors: readonly (Root | Element)[]): boolean {
  return ancestors.some(
    (node) =>
      node.type === 'element' &&
      (LEFT_ALONE.has(node.tagName) || node.properties['dataGlossaryIgnore'] !== undefined),
  );
}

function insideMain(ancestors: readonly (Root | Element)[]): boolean {
  return ancestors.some((node) => node.type === 'element' && node.tagName === 'main');
}

/**
 * The link for a term's first use. An abbreviation's `data-first-use` says how print adds its
 * expansion: "in-brackets" where the abbreviation already stands in brackets, "(ILACS)", so print
 * reads "(ILACS: Ofsted's …)" and not "(ILACS (Ofsted's …))".
 */
function termLink(match: { term: GlossaryTerm; text: string }, href: string, inBrackets: boolean): Element {
  const label: ElementContent = match.term.abbreviation
    ? {
        type: 'element',
        tagName: 'abbr',
        properties: { title: match.term.definition, dataFirstUse: inBrackets ? 'in-brackets' : '' },
        children: [{ type: 'text', value: match.text }],
      }
    : { type: 'text', value: match.text };
  return { type: 'element', tagName: 'a', properties: { className: ['rp-term'], href }, children: [label] };
}

/**
 * A rehype plugin that links the first use of each glossary term in a page's `<main>` to its
 * glossary entry, marking abbreviations with `<abbr title>` (print shows the expansion there).
 * Later uses stay plain text. Headings, links, code, table headers and anything inside an
 * element with `data-glossary-ignore` are left alone.
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const find = termMatcher(options.terms);
  return (tree: Root): void => {
    const seen = new Set<string>();
    const edits: { parent: Root | Element; node: Text; replacement: ElementContent[] }[] = [];
    visitParents(tree, 'text', (node, parents) => {
      const ancestors = parents as (Root | Element)[];
      if (!insideMain(ancestors) || isLeftAlone(ancestors)) return;
      const firstUses = find(node.value).filter((m) => !seen.has(m.term.id) && (seen.add(m.term.id), true));
      if (firstUses.length === 0) return;
      const replacement: ElementContent[] = [];
      let at = 0;
      for (const match of firstUses) {
        if (match.index > at) replacement.push({ type: 'text', value: node.value.slice(at, match.index) });
        const end = match.index + match.text.length;
        const inBrackets = node.value[match.index - 1] === '(' && node.value[end] === ')';
        replacement.push(termLink(match, options.hrefOf(match.term.id), inBrackets));
        at = match.index + match.text.length;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      edits.push({ parent: ancestors[ancestors.length - 1] as Root | Element, node, replacement });
    });
    for (const { parent, node, replacement } of edits) {
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
    }
  };
}
