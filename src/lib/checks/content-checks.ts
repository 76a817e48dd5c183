import type { z } from 'astro/zod';
import { compareParagraphNumbers, isParagraphNumber } from '../text/paragraphs';
import { termMatcher } from '../text/glossary';
import type { GlossaryTerm } from '../../schemas/glossary-term';
import { parseYaml } from './yaml';
import type { Problem, SourceFile } from './problem';
import { EDITOR_PARSE } from '../../schemas/messages';

/** "content/plan/x.mdx:12: message" (or "…:12:5: message"), the form every check prints. */
export function formatProblem(problem: Problem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${problem.file}:${problem.line}${column}: ${problem.message}`;
}

/** The 1-based line of character offset `index` in `text`. */
export function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The frontmatter block of an MDX file and the line its first field is on. */
export function frontmatterOf(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? { yaml: match[1] as string, firstLine: 2 } : undefined;
}

/** What checking a frontmatter block gives: its problems, and its data when it has none. */
export interface FrontmatterCheck<T> {
  problems: Problem[];
  data: T | undefined;
}

/**
 * Validates an MDX file's frontmatter with a zod schema; each problem is placed on the line of
 * the field it concerns (or the first line of the frontmatter for a missing field).
 */
export function checkFrontmatter<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
): FrontmatterCheck<z.output<S>> {
  const block = frontmatterOf(source.text);
  if (!block) {
    return {
      data: undefined,
      problems: [
        {
          file: source.file,
          line: 1,
          message: 'the file must start with a frontmatter block between two "---" lines.',
        },
      ],
    };
  }
  const parsed = parseYaml({ file: source.file, text: block.yaml }, block.firstLine);
  if (parsed.problems.length > 0) return { data: undefined, problems: parsed.problems };
  const data = parsed.data;
  const result = schema.safeParse(data, EDITOR_PARSE);
  if (result.success) return { problems: [], data: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const fieldLine = block.yaml.split('\n').findIndex((l) => l.startsWith(`${field}:`));
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'frontmatter';
    return {
      file: source.file,
      line: block.firstLine + Math.max(fieldLine, 0),
      message: `${where}: ${issue.message}${issue.code === 'invalid_type' && issue.input === undefined ? ' (the field is missing)' : ''}.`,
    };
  });
  return { problems, data: undefined };
}

/** A `<Para n="…">` in an MDX file. */
export interface ParagraphUse {
  n: string;
  file: string;
  line: number;
}

/**
 * Every `<Para n="…">` in a file, with its line. Curly quotes and a lower-case `<para>` are read
 * too, so that such a slip is reported once, as what it is (by the MDX check), and not also as a
 * paragraph missing from the numbering.
 */
export function paragraphsIn(source: SourceFile): ParagraphUse[] {
  return [...source.text.matchAll(/<Para\s+n=["“”'‘’]([^"“”'‘’>]*)["“”'‘’]/gi)].map((m) => ({
    n: m[1] as string,
    file: source.file,
    line: lineAt(source.text, m.index),
  }));
}

/**
 * Paragraph numbering across the plan: each number well formed and used once, and within each
 * chapter or annex the numbers run 1, 2, 3 … with no gap, in order.
 */
export function checkParagraphNumbering(uses: readonly ParagraphUse[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ParagraphUse>();
  for (const use of uses) {
    if (!isParagraphNumber(use.n)) {
      problems.push({
        ...use,
        message: `paragraph number "${use.n}" is not valid. Write "2.18" in a chapter or "A4.1" in an annex.`,
      });
      continue;
    }
    const earlier = seen.get(use.n);
    if (earlier) {
      problems.push({
        ...use,
        message: `paragraph ${use.n} is used twice (also at ${earlier.file}:${earlier.line}). Give each paragraph its own number.`,
      });
    }
    seen.set(use.n, use);
  }
  const bySection = new Map<string, ParagraphUse[]>();
  for (const use of seen.values()) {
    const section = use.n.slice(0, use.n.lastIndexOf('.'));
    bySection.set(section, [...(bySection.get(section) ?? []), use]);
  }
  for (const [section, list] of bySection) {
    const numbers = list.map((use) => Number(use.n.slice(section.length + 1))).sort((a, b) => a - b);
    numbers.forEach((number, i) => {
      const expected = (numbers[i - 1] ?? 0) + 1;
      if (number !== expected) {
        const use = list.find((u) => u.n === `${section}.${number}`) as ParagraphUse;
        const missing =
          expected === number - 1
            ? `${section}.${expected}`
            : `${section}.${expected} to ${section}.${number - 1}`;
        problems.push({
          ...use,
          message: `paragraph ${missing} is missing before ${use.n}. Number the paragraphs without gaps.`,
        });
      }
    });
  }
  const valid = uses.filter((u) => isParagraphNumber(u.n));
  valid.forEach((use, i) => {
    const previous = valid[i - 1];
    if (previous && previous.file === use.file && compareParagraphNumbers(previous.n, use.n) > 0) {
      problems.push({
        ...use,
        message: `paragraph ${use.n} comes after ${previous.n}. Put the paragraphs in number order.`,
      });
    }
  });
  return problems;
}

/** Every `<Component id="…">` of one component in a file, with its line. */
export function componentIdsIn(source: SourceFile, component: string): { id: string; line: number }[] {
  return [...source.text.matchAll(new RegExp(`<${component}\\s+id="([^"]*)"`, 'g'))].map((m) => ({
    id: m[1] as string,
    line: lineAt(source.text, m.index),
  }));
}

/** A reference that must resolve to one of `valid`. */
export function checkReference(
  where: { file: string; line: number },
  kind: string,
  id: string,
  valid: readonly string[],
): Problem[] {
  return valid.includes(id)
    ? []
    : [{ ...where, message: `${kind} "${id}" does not exist. Valid: ${valid.join(', ')}.` }];
}

/** The line of the first occurrence of `needle` in `text` (1 when absent). */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : lineAt(text, index);
}

/** Glossary terms defined twice, by id or by spelling. */
export function checkGlossaryDuplicates(file: SourceFile, terms: readonly GlossaryTerm[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const key of [`id ${term.id}`, `term ${term.term.toLowerCase()}`]) {
      if (byKey.has(key)) {
        problems.push({
          file: file.file,
          line: lineOf(file.text, `id: ${term.id}`),
          message: `the glossary defines "${term.term}" twice. Keep one entry and delete the other.`,
        });
      }
      byKey.set(key, term);
    }
  }
  return problems;
}

/** Words in prose that start with a capital and have at least one more: "LAC", "DfE", "KS2", "PowerPoint". */
const CAPITALISED = /(?<![\w-])[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?:'s|’s)?(?![\w-])/g;

/**
 * The abbreviation a word is, without a plural ending ("LAs" → "LA", "ECHP's" → "ECHP"), or
 * undefined for an ordinary word in camel case ("PowerPoint": two lower-case letters in a row).
 */
export function abbreviationOf(word: string): string | undefined {
  const stem = word.replace(/(?:'s|’s)$/, '').replace(/(?<=[A-Z0-9])s$/, '');
  return /[a-z]{2}/.test(stem) ? undefined : stem;
}

/** Prose of an MDX file with frontmatter, JSX tags, link targets and URLs blanked (lines kept). */
export function proseOf(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, blank)
    .replace(/<[^>]+>/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\bwww\.\S+/g, blank);
}

/**
 * Upper-case abbreviations used in content that are neither glossary terms nor on the allow
 * list. Each is reported once per file, at its first use.
 */
export function checkAbbreviations(
  source: SourceFile,
  terms: readonly GlossaryTerm[],
  allowed: ReadonlySet<string>,
): Problem[] {
  const prose = proseOf(source.text);
  const known = new Set(terms.map((t) => t.term));
  const isTerm = termMatcher(terms);
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const match of prose.matchAll(CAPITALISED)) {
    const word = abbreviationOf(match[0]);
    if (word === undefined || known.has(word) || allowed.has(word) || reported.has(word)) continue;
    if (isTerm(word).length > 0) continue;
    reported.add(word);
    problems.push({
      file: source.file,
      line: lineAt(prose, match.index),
      message: `"${word}" looks like an abbreviation but is not in content/glossary.yaml. Add it to the glossary, or to content/abbreviations-allowed.yaml with a comment saying why.`,
    });
  }
  return problems;
}
