import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

/** The id given to the n-th label of a page that has none. */
const labelId = (n: number) => `list-label-${n}`;

function textOf(node: Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('');
}

/** The element after `index` among `siblings`, skipping white space between them. */
function nextElement(siblings: Root['children'], index: number): Element | undefined {
  for (const node of siblings.slice(index + 1)) {
    if (node.type === 'element') return node;
    if (node.type === 'text' && node.value.trim() === '') continue;
    return undefined;
  }
  return undefined;
}

/**
 * A rehype plugin that ties each paragraph introducing a list ("The plan has been developed through
 * the following activities:") to that list inside `<main>`: the list is named by the paragraph
 * (`aria-labelledby`), so a screen reader entering the list hears what it lists. A paragraph
 * introduces the list when it ends with a colon and the list follows it directly. Lists already
 * named are left alone.
 */
export function rehypeListLabels() {
  return (tree: Root): void => {
    const taken = new Set<string>();
    visitParents(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string') taken.add(id);
    });
    let count = 0;
    visitParents(tree, 'element', (node, parents) => {
      if (node.tagName !== 'p' || !textOf(node).trim().endsWith(':')) return;
      if (!parents.some((p) => p.type === 'element' && p.tagName === 'main')) return;
      const parent = parents[parents.length - 1];
      if (!parent) return;
      const list = nextElement(parent.children, parent.children.indexOf(node));
      if (!list || (list.tagName !== 'ul' && list.tagName !== 'ol')) return;
      if (list.properties['ariaLabelledBy'] !== undefined || list.properties['ariaLabel'] !== undefined)
        return;
      let id = node.properties['id'];
      if (typeof id !== 'string') {
        do count += 1;
        while (taken.has(labelId(count)));
        id = labelId(count);
        taken.add(id);
        node.properties['id'] = id;
      }
      list.properties['ariaLabelledBy'] = [id];
    });
  };
}
