/**
 * The dark colour scheme changes colours and nothing else, which is why the browser tests run only
 * axe's colour rules again in it (src/config/quality.ts, axeColourRules): one
 * `prefers-color-scheme` block in the styles, and it sets only colour custom properties.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeColourRules, axeTags } from '../src/config/quality';

/** Every style sheet and component of the site, by path. */
function styleSources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return styleSources(full);
    return /\.(css|astro)$/.test(entry.name) ? [full] : [];
  });
}

/** The text inside the braces that open at `start` (the index of "{"). */
function block(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}') depth -= 1;
    if (depth === 0) return text.slice(start + 1, i);
  }
  throw new Error('unbalanced braces');
}

describe('the dark colour scheme', () => {
  it('is one prefers-color-scheme block that sets only colour custom properties', () => {
    const blocks = styleSources().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/prefers-color-scheme/g)].map((m) => ({
        file,
        body: block(text, text.indexOf('{', m.index)),
      }));
    });
    expect(blocks.map((b) => b.file)).toEqual([path.join('src', 'styles', 'tokens.css')]);
    const inner = blocks[0]?.body ?? '';
    const root = /^\s*:root\s*\{([\s\S]*)\}\s*$/.exec(inner);
    expect(root, 'the block holds one :root rule').not.toBeNull();
    const declarations = (root?.[1] ?? '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    expect(declarations.length).toBeGreaterThan(10);
    const notColours = declarations.filter(
      (d) => !/^--rp-(?:color|chart|map)-[\w-]+:\s*#[0-9a-f]{6}$/i.test(d),
    );
    expect(notColours).toEqual([]);
  });

  it('is checked with axe rules that exist in the axe-core installed, among the rule sets used', () => {
    const axe = createRequire(import.meta.url)('axe-core') as typeof import('axe-core');
    const ruleIds = axe.getRules([...axeTags]).map((rule) => rule.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining([...axeColourRules]));
  });
});
