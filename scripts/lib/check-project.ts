import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { planSectionSchema } from '../../src/schemas/plan-section';
import { prioritySchema } from '../../src/schemas/priority';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary-term';
import { changelogEntrySchema } from '../../src/schemas/changelog-entry';
import { EDITOR_PARSE } from '../../src/schemas/messages';
import { CHART_IDS as chartIds, PLAN_TABLE_IDS } from '../../src/charts/ids';
import { checkedDataFacts, type DataFacts } from './data-facts';
import { DataError } from '../../src/lib/data/csv';
import { checkSelection, SELECTION_FILE } from '../../src/lib/measures/selection';
import { compareParagraphNumbers, isParagraphNumber } from '../../src/lib/text/paragraphs';
import {
  checkAbbreviations,
  checkFrontmatter,
  checkGlossaryDuplicates,
  checkParagraphNumbering,
  checkReference,
  componentIdsIn,
  lineAt,
  lineOf,
  paragraphsIn,
  formatProblem,
  frontmatterOf,
} from '../../src/lib/checks/content-checks';
import type { Problem, SourceFile } from '../../src/lib/checks/problem';
import { checkConflictMarkers, checkInvisibleCharacters, decodeText } from '../../src/lib/checks/text-files';
import { parseYaml } from '../../src/lib/checks/yaml';
import { checkMdx } from '../../src/lib/checks/mdx';
import { checkPriorityNumbers } from '../../src/lib/text/priorities';
import { MDX_COMPONENTS } from '../../src/lib/text/mdx-components';
import { checkPlanFidelity, REPAIRS_FILE, SEED_FILE } from '../../src/lib/checks/plan-fidelity';
import { applyRepairs, parseRepairs } from '../../src/lib/text/seed-repairs';
import { paragraphSource } from '../../src/lib/text/plan-excerpts';

/** Every file with extension `ext` in `dir`, decoded as UTF-8 (problems with the bytes reported). */
async function readAll(root: string, dir: string, ext: string, problems: Problem[]): Promise<SourceFile[]> {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const names = (await readdir(full)).filter((n) => n.endsWith(ext)).sort();
  return Promise.all(names.map((name) => readText(root, `${dir}/${name}`, problems)));
}

/**
 * One file decoded as UTF-8 and checked for hidden characters. A missing file is a problem (and
 * reads as empty), not a crash.
 */
async function readText(root: string, file: string, problems: Problem[]): Promise<SourceFile> {
  const bytes = await readFile(path.join(root, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    problems.push({
      file,
      line: 1,
      message: `is missing. Restore it from git ("git checkout -- ${file}"), or undo the change that moved or deleted it.`,
    });
    return undefined;
  });
  if (!bytes) return { file, text: '' };
  const decoded = decodeText(file, bytes);
  problems.push(
    ...decoded.problems,
    ...checkInvisibleCharacters(decoded.source),
    ...checkConflictMarkers(decoded.source),
  );
  return decoded.source;
}

/** A YAML list of entries (the glossary, the changelog), each validated with `schema`. */
async function readYamlList<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  problems: Problem[],
): Promise<{ source: SourceFile; items: z.output<S>[]; readable: boolean }> {
  const source = await readText(root, file, problems);
  const parsed = parseYaml(source);
  problems.push(...parsed.problems);
  const list = Array.isArray(parsed.data) ? parsed.data : [];
  const items: z.output<S>[] = [];
  list.forEach((item: unknown, i: number) => {
    const result = schema.safeParse(item, EDITOR_PARSE);
    const id = (item as { id?: string } | null)?.id;
    const line = id ? lineOf(source.text, `id: ${id}`) : 1;
    if (result.success) items.push(result.data);
    else {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          line,
          message: `entry ${i + 1}${id ? ` ("${id}")` : ''}, field "${issue.path.join('.')}": ${issue.message}.`,
        });
      }
    }
  });
  return { source, items, readable: parsed.problems.length === 0 };
}

/** Every `<Table …>` an editor wrote, with its caption and source attributes. */
function tablesIn(source: SourceFile): { line: number; caption?: string; source?: string }[] {
  return [...source.text.matchAll(/<Table\b([^>]*)>/g)].map((m) => {
    const attribute = (name: string) =>
      new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '')?.[1]?.trim() || undefined;
    return { line: lineAt(source.text, m.index), caption: attribute('caption'), source: attribute('source') };
  });
}

/**
 * Every check an editor's change must pass before the site is built: content schemas, paragraph
 * numbering, cross-references (paragraphs, figures, plan tables, priorities, glossary terms,
 * sources, changelog sections), glossary duplicates, unexplained abbreviations, and the data files.
 * Returns the problems found, each located as file and line.
 */
export async function checkProject(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];

  // Every data file as text first: a CSV saved in the wrong encoding still parses, with "�" in it.
  for (const name of existsSync(path.join(root, 'data')) ? await readdir(path.join(root, 'data')) : []) {
    if (name.endsWith('.csv')) await readText(root, `data/${name}`, problems);
  }

  const sections = await readAll(root, 'content/plan', '.mdx', problems);
  const priorities = await readAll(root, 'content/priorities', '.mdx', problems);
  for (const s of sections) problems.push(...checkMdx(s, { components: MDX_COMPONENTS.plan, root }));
  for (const p of priorities) problems.push(...checkMdx(p, { components: MDX_COMPONENTS.priorities, root }));
  for (const s of sections) problems.push(...checkFrontmatter(s, planSectionSchema).problems);
  const priorityData = priorities.map((p) => {
    const checked = checkFrontmatter(p, prioritySchema);
    problems.push(...checked.problems);
    return { file: p, data: checked.data };
  });
  // Numbers read from the field itself, so that a mistake elsewhere in one priority's frontmatter
  // (reported on its own) does not also look like a gap in the numbering.
  const priorityNumbers = priorities.map((p) => ({
    file: p.file,
    line: lineOf(p.text, 'number:'),
    number: Number(/^number:\s*(\d+)\s*$/m.exec(frontmatterOf(p.text)?.yaml ?? '')?.[1] ?? NaN),
  }));
  if (priorityNumbers.every((p) => Number.isInteger(p.number))) {
    problems.push(...checkPriorityNumbers(priorityNumbers));
  }

  const paragraphs = sections.flatMap(paragraphsIn);
  problems.push(...checkParagraphNumbering(paragraphs));
  const paragraphNumbers = paragraphs
    .map((p) => p.n)
    .filter(isParagraphNumber)
    .sort(compareParagraphNumbers);

  for (const file of [...sections, ...priorities]) {
    for (const use of componentIdsIn(file, 'Chart')) {
      problems.push(...checkReference({ file: file.file, line: use.line }, 'figure', use.id, chartIds));
    }
    for (const use of componentIdsIn(file, 'PlanTable')) {
      problems.push(
        ...checkReference({ file: file.file, line: use.line }, 'plan table', use.id, PLAN_TABLE_IDS),
      );
    }
  }

  const glossary = await readYamlList(root, 'content/glossary.yaml', glossaryTermSchema, problems);
  const terms: GlossaryTerm[] = glossary.items;
  problems.push(...checkGlossaryDuplicates(glossary.source, terms));
  const termIds = terms.map((t) => t.id);

  let sourceIds: string[] = [];
  let importedMeasures: DataFacts['laitMeasures'] | undefined;
  try {
    const data = await checkedDataFacts(root);
    sourceIds = data.sourceIds;
    importedMeasures = data.laitMeasures;
    // A note beside a paragraph the plan does not have would never be shown.
    const notesFile = 'data/editors_notes.csv';
    const notesText = existsSync(path.join(root, notesFile))
      ? await readFile(path.join(root, notesFile), 'utf8')
      : '';
    for (const note of data.editorsNotes) {
      problems.push(
        ...checkReference(
          { file: notesFile, line: lineOf(notesText, `${note.paragraph},`) },
          'paragraph',
          note.paragraph,
          paragraphNumbers,
        ),
      );
    }
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const match = /^(data\/[\w.]+)(?: line (\d+))?/.exec(error.message);
    problems.push({
      file: match?.[1] ?? 'data',
      line: Number(match?.[2] ?? 1),
      message: error.message.replace(/^data\/[\w.]+(?: line \d+)?[,:]?\s*/, ''),
    });
  }

  for (const file of [...sections, ...priorities]) {
    for (const table of tablesIn(file)) {
      const where = { file: file.file, line: table.line };
      if (!table.caption)
        problems.push({
          ...where,
          message:
            '<Table> needs a caption="…" saying what the table shows and when, e.g. caption="Social workers per 10,000 children, 2019".',
        });
      if (!table.source)
        problems.push({
          ...where,
          message: '<Table> needs a source="…": a source_id from data/sources.csv.',
        });
      else if (sourceIds.length > 0)
        problems.push(...checkReference(where, 'source', table.source, sourceIds));
    }
  }

  for (const { file: p, data } of priorityData) {
    if (!data) continue;
    const where = (needle: string) => ({ file: p.file, line: lineOf(p.text, needle) });
    for (const n of data.paragraphs) {
      problems.push(...checkReference(where(`"${n}"`), 'paragraph', n, paragraphNumbers));
    }
    for (const id of data.figures) problems.push(...checkReference(where(`"${id}"`), 'figure', id, chartIds));
    // An unreadable glossary is reported once, not again at every term that uses it.
    if (glossary.readable) {
      for (const id of data.terms)
        problems.push(...checkReference(where(`"${id}"`), 'glossary term', id, termIds));
    }
    if (sourceIds.length > 0) {
      for (const update of data.progress) {
        problems.push(
          ...checkReference(where(`source: "${update.source}"`), 'source', update.source, sourceIds),
        );
      }
    }
  }

  const selectionProblems: Problem[] = [];
  const selection = await readText(root, SELECTION_FILE, selectionProblems);
  problems.push(...selectionProblems);
  if (selectionProblems.length === 0) {
    problems.push(
      ...checkSelection(selection.text, {
        priorityIds: priorities.map((p) => path.basename(p.file, '.mdx')),
        chartIds,
        paragraphNumbers,
        paragraphText: (n) => sections.map((s) => paragraphSource(s.text, n)).find((t) => t !== undefined),
        imported: importedMeasures,
      }),
    );
  }

  const changelog = await readYamlList(root, 'content/changelog.yaml', changelogEntrySchema, problems);
  const pageIds = ['all', ...[...sections, ...priorities].map((f) => path.basename(f.file, '.mdx'))];
  for (const entry of changelog.items) {
    for (const id of entry.sections) {
      problems.push(
        ...checkReference(
          { file: changelog.source.file, line: lineOf(changelog.source.text, `id: ${entry.id}`) },
          'section',
          id,
          pageIds,
        ),
      );
    }
  }

  // The plan's words: the seed as repaired, plus the amendments recorded in the changelog.
  const located = [...changelog.items]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((entry) => {
      const entryAt = changelog.source.text.indexOf(`id: ${entry.id}`);
      return entry.amendments.map((a) => {
        const at = changelog.source.text.indexOf(`paragraph: "${a.paragraph}"`, entryAt);
        return {
          ...a,
          file: changelog.source.file,
          line: lineAt(changelog.source.text, at < 0 ? entryAt : at),
        };
      });
    });
  if (!existsSync(path.join(root, SEED_FILE))) {
    problems.push({
      file: SEED_FILE,
      line: 1,
      message: 'the plan as received is missing, so its words cannot be checked. Restore the file from git.',
    });
  } else if (glossary.readable && changelog.readable) {
    // The seed is the record as received (damage and all): read, never checked as content.
    const seed = await readFile(path.join(root, SEED_FILE), 'utf8');
    const repairs = parseRepairs(JSON.parse(await readFile(path.join(root, REPAIRS_FILE), 'utf8')));
    problems.push(...checkPlanFidelity(applyRepairs(seed, repairs), located, sections, glossary.source));
  }

  const allowFile = 'content/abbreviations-allowed.yaml';
  let allowed = new Set<string>();
  if (existsSync(path.join(root, allowFile))) {
    const parsed = parseYaml(await readText(root, allowFile, problems));
    problems.push(...parsed.problems);
    const list = z.array(z.string()).safeParse(parsed.data ?? []);
    if (list.success) allowed = new Set(list.data);
    else problems.push({ file: allowFile, line: 1, message: 'write one abbreviation per line, as "- ABC".' });
  }
  if (glossary.readable) {
    for (const file of [...sections, ...priorities])
      problems.push(...checkAbbreviations(file, terms, allowed));
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Problems as printed by `npm run check` and the build: one `file:line: message` a line, then how
 * many there are.
 */
export function describeProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${problems.map(formatProblem).join('\n')}\n\n${count} in content/ or data/.`;
}
