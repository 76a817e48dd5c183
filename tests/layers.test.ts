/**
 * The layers hold: imports in src/ point down (pages → queries and models → charts → datasets →
 * lib → schemas and config), src/lib/ keeps its helpers in folders by what they serve, and no
 * module reaches itself again through its imports (type imports included).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const LIB = path.join(SRC, 'lib');
/** Folders of src/ above lib: nothing in lib may import from them. */
const ABOVE_LIB = ['charts', 'datasets', 'queries', 'models', 'pages', 'components', 'layouts'];

/** Every .ts and .astro file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => /\.(ts|astro)$/.test(file) && statSync(file).isFile());
}

/** The script part of a file: an .astro component's frontmatter, or the whole of a .ts file. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
}

/** The file a relative specifier names, as TypeScript and Vite would find it, or undefined. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every project file a file imports (static, type-only, re-exports and dynamic imports). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(scriptOf(file), true, true);
  return importedFiles
    .map((imported) => resolveSpecifier(file, imported.fileName))
    .filter((resolved): resolved is string => resolved !== undefined);
}

/** The import circles of a graph, each as the files around it (Tarjan's strongly connected parts). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(part.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}

const relative = (file: string) => path.relative(process.cwd(), file);
const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));

describe('layers', () => {
  it('finds circles, and only circles, in a small graph', () => {
    const small = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a', 'd']],
      ['e', ['a']],
    ]);
    expect(importCircles(small)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('sees imports of every kind, types included', () => {
    const file = path.join(LIB, 'checks', 'yaml.ts');
    expect(graph.get(file)?.length).toBeGreaterThan(0);
    const astroPages = [...graph.keys()].filter((f) => f.endsWith('.astro'));
    expect(astroPages.some((page) => (graph.get(page) ?? []).length > 0)).toBe(true);
  });

  // A test beside a helper may load the real data to exercise it (datasets/, charts/): tests are
  // not part of the layers, since nothing imports them.
  it('lib imports nothing from the layers above it', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith(`${LIB}${path.sep}`) && !file.endsWith('.test.ts'))
      .flatMap(([file, imports]) =>
        imports
          .filter((imported) =>
            ABOVE_LIB.some((layer) => imported.startsWith(path.join(SRC, layer) + path.sep)),
          )
          .map((imported) => `${relative(file)} imports ${relative(imported)}`),
      );
    expect(upward).toEqual([]);
  });

  it('lib keeps no loose .ts file at its root but an index', () => {
    const loose = readdirSync(LIB).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    expect(loose).toEqual([]);
  });

  it('src/ has no import circle', () => {
    const circles = importCircles(graph).map((circle) => circle.map(relative).join(' → '));
    expect(circles).toEqual([]);
  });
});
