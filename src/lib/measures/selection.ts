import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { sinceThePlanSchema, type SinceThePlan } from '../../schemas/since-the-plan';
import { EDITOR_PARSE } from '../../schemas/messages';
import { lineAt, lineOf } from '../checks/content-checks';
import type { Problem } from '../checks/problem';
import { noteParagraph } from './dfe-notes';

/** The editable file that names the measures followed and maps priorities to them. */
export const SELECTION_FILE = 'content/since-the-plan.yaml';

/** The line an issue at `path` most likely sits on: the entry's code or the priority's key. */
function lineFor(text: string, path: readonly PropertyKey[], raw: unknown): number {
  const [top, key, , index] = path;
  const data = raw as {
    measures?: { code?: string }[];
    priorities?: Record<string, unknown>;
    headline?: unknown[];
  } | null;
  if (top === 'headline' && typeof key === 'number') {
    const start = text.indexOf('\nheadline:');
    const code = data?.headline?.[key];
    const at = start >= 0 && typeof code === 'string' ? text.indexOf(`- ${code}\n`, start) : -1;
    if (at >= 0) return lineAt(text, at);
  }
  if (top === 'measures' && typeof key === 'number') {
    const code = data?.measures?.[key]?.code;
    if (code) return lineOf(text, `- code: ${code}`);
  }
  if (top === 'priorities' && typeof key === 'string') {
    const start = text.indexOf(`\n  ${key}:`);
    if (start >= 0) {
      const entries = (data?.priorities?.[key] as { measures?: { code?: string }[] } | undefined)?.measures;
      const code = typeof index === 'number' ? entries?.[index]?.code : undefined;
      const at = code ? text.indexOf(`- code: ${code}`, start) : -1;
      return lineOf(text, text.slice(at >= 0 ? at : start + 1, (at >= 0 ? at : start + 1) + 60));
    }
  }
  return lineOf(text, `${String(top)}:`);
}

/**
 * Parses and validates the selection file's text. Returns the selection, or the problems found,
 * each with its line.
 * @example parseSelection(text).problems // [{ file: 'content/since-the-plan.yaml', line: 40, message: '…' }]
 */
export function parseSelection(
  text: string,
  file: string = SELECTION_FILE,
): { selection?: SinceThePlan; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    return {
      problems: [
        {
          file,
          line: (mark?.line ?? 0) + 1,
          message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}.`,
        },
      ],
    };
  }
  const result = sinceThePlanSchema.safeParse(raw, EDITOR_PARSE);
  if (result.success) return { selection: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      line: lineFor(text, issue.path, raw),
      message: `${issue.path.length > 0 ? `"${issue.path.join('.')}": ` : ''}${issue.message}.`,
    })),
  };
}

/**
 * Reads the selection file from the project root, throwing with every problem if it is invalid.
 * @param root the project folder; defaults to the current directory.
 */
export function loadSelection(root: string = process.cwd()): SinceThePlan {
  const text = readFileSync(resolve(root, SELECTION_FILE), 'utf8');
  const { selection, problems } = parseSelection(text);
  if (!selection) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return selection;
}

/** What the selection is checked against: the ids and numbers that exist elsewhere in the project. */
export interface SelectionContext {
  /** Priority ids: the file names of content/priorities/*.mdx. */
  priorityIds: readonly string[];
  /** Figure ids, as in <Chart id="…">. */
  chartIds: readonly string[];
  /** The plan's paragraph numbers. */
  paragraphNumbers: readonly string[];
  /** A paragraph's text as written in content/plan/ (MDX), or undefined when there is none. */
  paragraphText?: (n: string) => string | undefined;
  /** measure, slug and plan_period of each row of data/lait_measures.csv, in file order. */
  imported?: readonly { measure: string; slug: string; plan_period: string; description?: string | null }[];
}

/**
 * Checks the selection file: its schema, then that every priority is covered once, that figure ids
 * and paragraphs exist, and that data/lait_measures.csv was written from this selection.
 */
export function checkSelection(text: string, context: SelectionContext, file = SELECTION_FILE): Problem[] {
  const { selection, problems } = parseSelection(text, file);
  if (!selection) return problems;
  const at = (needle: string) => lineOf(text, needle);
  const squash = (words: string) => words.replace(/\s+/g, ' ').trim();
  for (const id of context.priorityIds) {
    if (!(id in selection.priorities)) {
      problems.push({
        file,
        line: at('priorities:'),
        message: `priority "${id}" has no entry under "priorities". Give it "measures", or "noMeasure" with a sentence saying why none fits.`,
      });
    }
  }
  for (const [id, entry] of Object.entries(selection.priorities)) {
    if (!context.priorityIds.includes(id)) {
      problems.push({
        file,
        line: at(`\n  ${id}:`) + 1,
        message: `"${id}" is not a priority. Use one of ${context.priorityIds.join(', ')} (the file names in content/priorities/).`,
      });
    }
    if ('measures' in entry) {
      for (const m of entry.measures) {
        if (!context.paragraphNumbers.includes(m.paragraph)) {
          problems.push({
            file,
            line: at(`paragraph: '${m.paragraph}'`),
            message: `paragraph "${m.paragraph}" (priority ${id}, measure ${m.code}) is not a paragraph of the plan.`,
          });
        }
      }
    }
  }
  for (const m of selection.measures) {
    if (m.planParagraph && !context.paragraphNumbers.includes(m.planParagraph)) {
      problems.push({
        file,
        line: at(`planParagraph: '${m.planParagraph}'`),
        message: `planParagraph "${m.planParagraph}" (measure ${m.code}) is not a paragraph of the plan.`,
      });
    }
    const paragraph = m.planParagraph ? context.paragraphText?.(m.planParagraph) : undefined;
    if (m.planQuote && paragraph !== undefined && !squash(paragraph).includes(squash(m.planQuote.words))) {
      problems.push({
        file,
        line: at(m.planQuote.words.slice(0, 30)),
        message: `the planQuote words of measure ${m.code} are not in paragraph ${m.planParagraph}. Copy them from the paragraph exactly, word for word.`,
      });
    }
    if (m.planQuote) {
      const digits = squash(m.planQuote.words).replace(/(\d),(?=\d{3}\b)/g, '$1');
      for (const [field, value] of [
        ['value', m.planQuote.value],
        ['england', m.planQuote.england],
      ] as const) {
        if (
          value !== undefined &&
          !new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(digits)
        ) {
          problems.push({
            file,
            line: at(`${field}: '${value}'`),
            message: `the planQuote ${field} "${value}" of measure ${m.code} is not a figure in its words. Give only a number the plan printed there, digits only (e.g. '1165' for £1,165).`,
          });
        }
      }
    }
    const description = context.imported?.find((row) => row.measure === m.code)?.description;
    for (const note of m.dfeNotes ?? []) {
      if (description !== undefined && noteParagraph(description ?? '', note.words) === undefined) {
        problems.push({
          file,
          line: at(`words: ${note.words}`),
          message: `DfE's note "${note.words}" of measure ${m.code} is not in its description in data/lait_measures.csv (from LAIT's data dictionary). Copy the words exactly from the description, or remove the note.`,
        });
      }
    }
    if (m.planFigure && !context.chartIds.includes(m.planFigure)) {
      problems.push({
        file,
        line: at(`planFigure: ${m.planFigure}`),
        message: `planFigure "${m.planFigure}" (measure ${m.code}) is not a figure. Use one of ${context.chartIds.join(', ')}.`,
      });
    }
  }
  if (context.imported) {
    const wanted = selection.measures.map((m) => `${m.code} ${m.slug} ${m.planPeriod}`).join('\n');
    const have = context.imported.map((m) => `${m.measure} ${m.slug} ${m.plan_period}`).join('\n');
    if (wanted !== have) {
      problems.push({
        file,
        line: at('measures:'),
        message:
          'the measures listed here (codes, slugs, plan years, order) differ from data/lait_measures.csv. Run "npm run import:lait" to rewrite the data files from this list.',
      });
    }
  }
  return problems;
}
