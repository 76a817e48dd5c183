/**
 * What the gate needs from data/ once every file has been validated: the registered sources, the
 * editor's notes' paragraphs and the measures followed since the plan. Validating every row takes
 * most of `npm run check` (26,000 LAIT rows), so the facts are kept in node_modules/.cache with a
 * fingerprint of the data files and of the code that validates them: an editor who changes only
 * words gets an answer at once; any change to a data file or to src/schemas, src/datasets or the CSV
 * parser validates everything again. Only a clean pass is ever kept, under its fingerprint.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllData } from '../../src/datasets';

/** The facts about data/ the other checks use. */
export interface DataFacts {
  sourceIds: string[];
  editorsNotes: { paragraph: string }[];
  laitMeasures: { measure: string; slug: string; plan_period: string; description: string | null }[];
}

/** Every file under `dir` (relative to `base`), sorted. */
async function filesUnder(base: string, dir: string): Promise<string[]> {
  const full = path.join(base, dir);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(base, `${dir}/${e.name}`) : Promise.resolve([`${dir}/${e.name}`]),
    ),
  );
  return nested.flat().sort();
}

/**
 * A fingerprint of data/ in `root` and of the code that validates it (src/schemas, src/datasets
 * and the CSV parser of the project running the check, which is `code`).
 */
async function fingerprint(root: string, code: string): Promise<string> {
  const hash = createHash('sha256');
  const add = async (base: string, files: string[]) => {
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(await readFile(path.join(base, file)));
  };
  await add(root, await filesUnder(root, 'data'));
  await add(code, [
    ...(await filesUnder(code, 'src/schemas')),
    ...(await filesUnder(code, 'src/datasets')),
    ...(existsSync(path.join(code, 'src/lib/data/csv.ts')) ? ['src/lib/data/csv.ts'] : []),
  ]);
  return hash.digest('hex');
}

/** Passes kept at most: one per state of data/ recently checked. */
const KEPT = 20;

/**
 * Validates every data file (or trusts the last clean pass over the same files and code) and
 * returns the facts the gate needs. Throws the DataError of the first problem.
 */
export async function checkedDataFacts(root: string, code: string = process.cwd()): Promise<DataFacts> {
  const cacheDir = path.join(code, 'node_modules', '.cache', 'seslip-check');
  const key = await fingerprint(root, code);
  const cacheFile = path.join(cacheDir, `${key}.json`);
  if (existsSync(cacheFile)) return JSON.parse(await readFile(cacheFile, 'utf8')) as DataFacts;

  const data = loadAllData(path.join(root, 'data'));
  const facts: DataFacts = {
    sourceIds: data.sources.map((s) => s.source_id),
    editorsNotes: data.editors_notes.map((n) => ({ paragraph: n.paragraph })),
    laitMeasures: data.lait_measures.map((m) => ({
      measure: m.measure,
      slug: m.slug,
      plan_period: m.plan_period,
      description: m.description,
    })),
  };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cacheFile, JSON.stringify(facts));
  const kept = await Promise.all(
    (await readdir(cacheDir)).map(async (name) => ({
      name,
      at: (await stat(path.join(cacheDir, name))).mtimeMs,
    })),
  );
  for (const old of kept.sort((a, b) => b.at - a.at).slice(KEPT))
    await rm(path.join(cacheDir, old.name), { force: true });
  return facts;
}
