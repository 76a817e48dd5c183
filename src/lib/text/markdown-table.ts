/**
 * A table an editor writes in Markdown inside `<Table caption="…" source="…">`, turned into the
 * same table model as the site's other tables, so it gets a caption, header scopes, right-aligned
 * numbers and a scrolling box from one component (src/components/DataTable.astro).
 */
import type { Element, ElementContent, Root } from 'hast';
import { rehype } from 'rehype';
import type { TableModel } from '../data/tables';

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function elements(node: Element | Root, tagName: string): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    return child.tagName === tagName ? [child] : elements(child, tagName);
  });
}

/** A cell that holds a number as the plan writes one: "1,165", "-0.4", "47%", "£625". */
const NUMERIC = /^[£$-]?\d[\d,]*(?:\.\d+)?%?$/;

/**
 * Reads the first `<table>` in rendered HTML. A column is numeric when the Markdown aligned it
 * right (`---:`) or every body cell in it is a number.
 * @example tableFromHtml('<table><thead><tr><th>Area</th><th>Rate</th></tr></thead><tbody><tr><td>SE</td><td>52</td></tr></tbody></table>')
 *   // { columns: [{ label: 'Area', numeric: false }, { label: 'Rate', numeric: true }], rows: [['SE', '52']] }
 */
export function tableFromHtml(html: string): TableModel | undefined {
  const tree = rehype().data('settings', { fragment: true }).parse(html);
  const table = elements(tree, 'table')[0];
  if (!table) return undefined;
  const [header, ...body] = elements(table, 'tr');
  if (!header) return undefined;
  const headCells = header.children.filter((c): c is Element => c.type === 'element');
  const rows = body.map((tr) =>
    tr.children.filter((c): c is Element => c.type === 'element').map((td) => textOf(td).trim()),
  );
  return {
    columns: headCells.map((th, i) => ({
      label: textOf(th).trim(),
      numeric:
        String(th.properties['align'] ?? '') === 'right' ||
        (i > 0 && rows.length > 0 && rows.every((r) => NUMERIC.test(r[i] ?? ''))),
    })),
    rows,
  };
}
