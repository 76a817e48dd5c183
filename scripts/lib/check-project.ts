import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { planSectionSchema } from '../../src/schemas/plan-section';
import { prioritySchema } from '../../src/schemas/priority';
import { glossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary-term';
import { changelogEntrySchema } from '../../src/schemas/changelog-entry';
import { chartIds } from '../../src/charts';
import { PLAN_TABLE_IDS } from '../../src/lib/plan-tables';
import { loadAllData } from '../../src/datasets';
import { DataError } from '../../src/lib/csv';
import { checkSelection, SELECTION_FILE } from '../../src/lib/measures/selection';
import { compareParagraphNumbers, isParagraphNumber } from '../../src/lib/paragraphs';
import {
  checkAbbreviations,
  checkFrontmatter,
  checkGlossaryDuplicates,
  checkParagraphNumbering,
  checkReference,
  componentIdsIn,
  lineOf,
  paragraphsIn,
  type Problem,
  type SourceFile,
} from '../../src/lib/content-checks';

async function readAll(root: string, dir: string, ext: string): Promise<SourceFile[]> {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const names = (await readdir(full)).filter((n) => n.endsWith(ext)).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `${dir}/${name}`,
      text: await readFile(path.join(full, name), 'utf8'),
    })),
  );
}

async function readYamlList<S extends z.ZodTypeAny>(
  root: string,
  file: string,
  schema: S,
  problems: Problem[],
): Promise<{ source: SourceFile; items: z.output<S>[] }> {
  const source = { file, text: await readFile(path.join(root, file), 'utf8') };
  const raw = yaml.load(source.text);
  const list = Array.isArray(raw) ? raw : [];
  const items: z.output<S>[] = [];
  list.forEach((item: unknown, i: number) => {
    const result = schema.safeParse(item);
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
  return { source, items };
}

/**
 * Every check an editor's change must pass before the site is built: content schemas, paragraph
 * numbering, cross-references (paragraphs, figures, plan tables, priorities, glossary terms,
 * sources, changelog sections), glossary duplicates, unexplained abbreviations, and the data files.
 * Returns the problems found, each located as file and line.
 */
export async function checkProject(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];

  const sections = await readAll(root, 'content/plan', '.mdx');
  const priorities = await readAll(root, 'content/priorities', '.mdx');
  for (const s of sections) problems.push(...checkFrontmatter(s, planSectionSchema).problems);
  const priorityData = priorities.map((p) => {
    const checked = checkFrontmatter(p, prioritySchema);
    problems.push(...checked.problems);
    return { file: p, data: checked.data };
  });

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
  let importedMeasures: { measure: string; slug: string; plan_period: string }[] | undefined;
  try {
    const data = loadAllData(path.join(root, 'data'));
    sourceIds = data.sources.map((s) => s.source_id);
    importedMeasures = data.lait_measures;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const match = /^(data\/[\w.]+)(?: line (\d+))?/.exec(error.message);
    problems.push({
      file: match?.[1] ?? 'data',
      line: Number(match?.[2] ?? 1),
      message: error.message.replace(/^data\/[\w.]+(?: line \d+)?,?\s*/, ''),
    });
  }

  for (const { file: p, data } of priorityData) {
    if (!data) continue;
    const where = (needle: string) => ({ file: p.file, line: lineOf(p.text, needle) });
    for (const n of data.paragraphs) {
      problems.push(...checkReference(where(`"${n}"`), 'paragraph', n, paragraphNumbers));
    }
    for (const id of data.figures) problems.push(...checkReference(where(`"${id}"`), 'figure', id, chartIds));
    for (const id of data.terms)
      problems.push(...checkReference(where(`"${id}"`), 'glossary term', id, termIds));
    if (sourceIds.length > 0) {
      for (const update of data.progress) {
        problems.push(
          ...checkReference(where(`source: "${update.source}"`), 'source', update.source, sourceIds),
        );
      }
    }
  }

  problems.push(
    ...checkSelection(await readFile(path.join(root, SELECTION_FILE), 'utf8'), {
      priorityIds: priorities.map((p) => path.basename(p.file, '.mdx')),
      chartIds,
      paragraphNumbers,
      imported: importedMeasures,
    }),
  );

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

  const allowFile = path.join(root, 'content/abbreviations-allowed.yaml');
  const allowed = new Set(
    existsSync(allowFile)
      ? z.array(z.string()).parse(yaml.load(await readFile(allowFile, 'utf8')) ?? [])
      : [],
  );
  for (const file of [...sections, ...priorities]) problems.push(...checkAbbreviations(file, terms, allowed));

  return problems;
}
