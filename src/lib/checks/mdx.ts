/**
 * Every MDX file parsed as the build parses it (MDX with GitHub tables), so that a syntax error is
 * reported with its file, line and column before the build starts, and walked for what must not be
 * published: raw HTML that can run or pull in anything, level-1 headings, bare Markdown tables,
 * curly-bracket expressions that silently change the text, and components a page does not have.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Node, Parent } from 'unist';
import type { Problem, SourceFile } from './problem';

/** A component or element in MDX, as mdast-util-mdx-jsx gives it. */
interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/** Elements that run code, style the page or embed other sites' content. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'portal',
]);

/** Media elements: allowed only with a file of this project, never another site's. */
const MEDIA_ELEMENTS = new Set(['img', 'picture', 'source', 'video', 'audio', 'track']);

/** Plain HTML an editor may write inline; everything else has a Markdown form or a component. */
const PLAIN_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'hr',
  'details',
  'summary',
  'figure',
  'figcaption',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'data',
]);

/** True for a web address on another site (or protocol-relative), false for a file of this project. */
function isRemote(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}

/** True for a `javascript:` address, however it is spaced or capitalised. */
function isScriptUrl(url: string): boolean {
  return /^javascript:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));
}

/** An MDX parser error, said plainly with what to do. */
function explainSyntaxError(reason: string, ruleId: string | undefined): string {
  const curly = /`([“”‘’])`/.exec(reason);
  if (curly)
    return `a curly quote mark (${curly[1]}) is inside a tag. Tags need straight quotes: write <Para n="2.2">, not <Para n=“2.2”> (word processors change quotes as you type).`;
  if (/to create a comment in MDX/.test(reason))
    return 'HTML comments (<!-- … -->) are not allowed in MDX. Delete the comment, or write it as {/* comment */}.';
  const cased = /closing tag `<\/(\w+)>`, expected corresponding closing tag for `<(\w+)>`/.exec(reason);
  if (cased && cased[1]?.toLowerCase() === cased[2]?.toLowerCase())
    return `<${cased[2]}> is closed by </${cased[1]}>: the names differ in capitals. Write <Para> and </Para>, <Chart>, <Table> … with a capital letter.`;
  if (ruleId === 'end-tag-mismatch' && /Expected a closing tag for `<([^>]+)>`/.test(reason)) {
    const tag = /Expected a closing tag for `<([^ >]+)[^`]*`/.exec(reason)?.[1] ?? 'the tag';
    return `<${tag}> on this line is never closed. Add </${tag}> after its text, on a line of its own.`;
  }
  if (ruleId === 'end-tag-mismatch' || ruleId === 'unexpected-closing-slash')
    return `${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)$/, '')}. Each <Para …> needs exactly one </Para> after its text: remove the extra closing tag or add the missing opening one.`;
  if (/before name/.test(reason))
    return 'a "<" starts a tag in MDX, but what follows is not a tag name. To write the sign, write "&lt;" (e.g. "&lt;5%") or the words "less than".';
  if (/closing brace|in expression/.test(reason))
    return 'a "{" starts code in MDX and is never closed. To write a curly bracket, write "\\{" and "\\}"; otherwise delete it.';
  return `${reason}. Check the tags and the characters "<", "{" and "}" on this line: write "&lt;", "\\{" or "\\}" to show them as text.`;
}

/** What {@link checkMdx} needs besides the file. */
export interface MdxRules {
  /** Components the page that renders this file provides, e.g. ["Para", "Chart"]. */
  components: readonly string[];
  /** Project root, to find image files named in the MDX. */
  root: string;
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** The text with its frontmatter blanked (line numbers kept), as the MDX parser must see it. */
function withoutFrontmatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (block) => block.replace(/[^\n]/g, ''));
}

/** An expression that holds only a comment, like {/* note *\/}: shows nothing, changes nothing. */
function isComment(value: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(value);
}

/**
 * Parses one MDX file and returns what stops it being published as written.
 * @example checkMdx({ file: 'content/plan/x.mdx', text: '# Title' }, { components: [], root: '.' })
 *   // [{ line: 1, message: 'a level-1 heading …' }]
 */
export function checkMdx(source: SourceFile, rules: MdxRules): Problem[] {
  const file = source.file;
  let tree: Parent;
  try {
    tree = processor.parse(new VFile({ value: withoutFrontmatter(source.text), path: file }));
  } catch (error) {
    const e = error as {
      reason?: string;
      ruleId?: string;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      line?: number;
      column?: number;
      message: string;
    };
    // Some messages carry their place only in the text: "Expected a closing tag for `<Para>` (10:1-10:15)".
    const inReason = /\((\d+):(\d+)-\d+:\d+\)$/.exec(e.reason ?? '');
    const place =
      e.place && 'start' in e.place
        ? e.place.start
        : (e.place ?? (inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : undefined));
    return [
      {
        file,
        line: place?.line ?? e.line ?? 1,
        column: place?.column ?? e.column ?? 1,
        message: explainSyntaxError(e.reason ?? e.message, e.ruleId),
      },
    ];
  }

  const problems: Problem[] = [];
  const report = (node: Node, message: string) =>
    problems.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message,
    });
  const known = rules.components;

  const checkUrl = (node: Node, url: string, media: boolean) => {
    if (isScriptUrl(url))
      report(node, `the address "${url}" runs code when followed. Link to a web page (https://…) instead.`);
    else if (media && isRemote(url))
      report(
        node,
        `the image or media "${url}" is on another site, which would see every reader and could change it. Save the file in the project, or link to the page instead.`,
      );
    else if (media && !url.startsWith('/') && !existsSync(path.resolve(rules.root, path.dirname(file), url)))
      report(node, `the image "${url}" is not in the project. Check the file name and its folder.`);
  };

  const visit = (node: Node, insideTable: boolean) => {
    const type = node.type;
    if (type === 'heading' && (node as unknown as { depth: number }).depth === 1)
      report(
        node,
        'a level-1 heading ("# …"): the page title is the only one. Write "## " for a section heading.',
      );
    if (type === 'table' && !insideTable)
      report(
        node,
        'a Markdown table without a caption or source. Wrap it in <Table caption="What the table shows" source="SOURCE_ID"> … </Table>, with an empty line after the opening tag and before the closing one.',
      );
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      const value = (node as unknown as { value: string }).value;
      if (!isComment(value))
        report(
          node,
          `"{${value}}": curly brackets run code in MDX, so the page would show ${JSON.stringify(value.trim())} without them. To show the brackets, write "\\{${value}\\}"; otherwise delete them.`,
        );
    }
    if (type === 'mdxjsEsm')
      report(node, 'an import or export line runs code and is not allowed in content. Delete the line.');
    if (type === 'image' || type === 'link' || type === 'definition')
      checkUrl(node, (node as unknown as { url: string }).url, type === 'image');

    let inTable = insideTable;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const element = node as JsxNode;
      const name = element.name ?? '';
      const isComponent = /^[A-Z]/.test(name);
      const component = known.find((c) => c.toLowerCase() === name.toLowerCase());
      if (name === '') report(node, 'an empty tag "<>" is not allowed. Delete it.');
      else if (isComponent && !known.includes(name))
        report(
          node,
          known.length > 0
            ? `there is no component <${name}> on this page. Valid: ${known.map((c) => `<${c}>`).join(', ')}.`
            : `there is no component <${name}> on this page: write plain Markdown here.`,
        );
      else if (!isComponent && component)
        report(
          node,
          `<${name}> must be written <${component}>, with a capital letter, or it is printed as unknown HTML.`,
        );
      else if (!isComponent && FORBIDDEN_ELEMENTS.has(name))
        report(
          node,
          `raw HTML <${name}> can run code or pull in another site's content, and is not published. Delete it; if the page needs something new, ask a developer for a component.`,
        );
      else if (!isComponent && name === 'h1')
        report(
          node,
          'a level-1 heading (<h1>): the page title is the only one. Use "## " for a section heading.',
        );
      else if (!isComponent && name === 'table')
        report(
          node,
          'an HTML table. Write it as a Markdown table inside <Table caption="…" source="SOURCE_ID"> … </Table> so it gets a caption, header scopes and a source.',
        );
      else if (!isComponent && !MEDIA_ELEMENTS.has(name) && !PLAIN_ELEMENTS.has(name))
        report(node, `<${name}> is not HTML the site publishes. Write the text in Markdown instead.`);

      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(
            node,
            `<${name}> has a "{…}" attribute, which runs code. Write each attribute as name="value".`,
          );
          continue;
        }
        const attrName = attribute.name ?? '';
        const value = attribute.value;
        if (/^on/i.test(attrName))
          report(node, `the attribute ${attrName} on <${name}> runs code and is not published. Delete it.`);
        else if (attrName === 'style')
          report(
            node,
            `the style attribute on <${name}> is not published. Delete it: the site's own styles apply.`,
          );
        else if (value !== null && value !== undefined && typeof value !== 'string')
          report(
            node,
            `${attrName}={…} on <${name}> runs code. Write the value in straight quotes: ${attrName}="…".`,
          );
        else if (typeof value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase()))
          checkUrl(node, value, MEDIA_ELEMENTS.has(name));
      }
      inTable = insideTable || name === 'Table';
    }
    for (const child of (node as Parent).children ?? []) visit(child, inTable);
  };
  visit(tree, false);
  return problems;
}
