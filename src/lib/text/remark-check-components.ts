import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { isParagraphNumber } from './paragraphs';

/** The ids each MDX component accepts. */
export interface ComponentIds {
  Chart: readonly string[];
  PlanTable: readonly string[];
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number } };
}

function attribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * A remark plugin for MDX that fails the build, naming the file and line, when a `<Chart id>` or
 * `<PlanTable id>` names something that does not exist or a `<Para n>` is not a paragraph number.
 * Without it the error would surface while rendering, where the file is no longer known.
 */
export function remarkCheckComponents(ids: ComponentIds) {
  return (tree: Root, file: VFile): void => {
    const where = (node: JsxElement) =>
      `${path.relative(process.cwd(), file.path || 'unknown file')}:${node.position?.start.line ?? 1}`;
    const problems: string[] = [];
    visitParents(tree, (node) => {
      const element = node as unknown as JsxElement;
      if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
      if (element.name === 'Chart' || element.name === 'PlanTable') {
        const id = attribute(element, 'id') ?? '';
        const valid = ids[element.name];
        if (!valid.includes(id)) {
          problems.push(
            `${where(element)}: <${element.name} id="${id}"> does not exist. Valid ids: ${valid.join(', ')}.`,
          );
        }
      }
      if (element.name === 'Para') {
        const n = attribute(element, 'n') ?? '';
        if (!isParagraphNumber(n)) {
          problems.push(
            `${where(element)}: <Para n="${n}"> is not a paragraph number. Write "2.18" in a chapter or "A4.1" in an annex.`,
          );
        }
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
