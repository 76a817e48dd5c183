/**
 * Every built page is valid HTML: html-validate with the project's .htmlvalidate.json (the
 * recommended rules). Any message, error or warning, fails the page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { distDir, expectNone, listPages } from '../support/dist';
import { projectRoot } from '../../scripts/lib/project-copy';

const config = JSON.parse(await readFile(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;

/**
 * Why each rule that .htmlvalidate.json changes from html-validate:recommended is changed. JSON
 * has no comments, so the reasons live here, and a test below fails when a rule is changed without
 * one. Change a rule only where it conflicts with what Astro or Observable Plot legitimately emit,
 * never to hide a real problem.
 */
const REASONS_FOR_RULE_CHANGES: Record<string, string> = {
  'doctype-style':
    'Astro always writes the doctype in lower case (<!doctype html>), which HTML allows; the rule still holds every page to one spelling.',
  'form-dup-name':
    'The compare page\'s tick boxes all carry name="la", one per council, so the address a form would send reads ?la=kent&la=medway as HTML intends for a group of checkboxes; the rule still refuses any other control sharing a name.',
  'long-title':
    'Page titles keep the plan\'s own headings word for word ("Collaborate on ways to promote educational inclusion with SE19 SEND group"), followed by the site name so a reader with many tabs knows the page\'s origin (WCAG 2.4.2 asks for descriptive titles, not short ones). 70 characters is a search-engine display heuristic; the longest title here is under 130.',
  'no-inline-style':
    'src/lib/svg/render-svg.ts gives each Observable Plot SVG max-width (its drawn width), width, height and overflow inline, so every chart scales down from its own size; only those sizing properties are allowed, any other inline style still fails.',
};

const validator = new HtmlValidate(config);
const pages = await listPages();

describe(checkSummary('html'), () => {
  it('every rule .htmlvalidate.json changes from the recommended set has a written reason', () => {
    const changed = Object.keys(config.rules ?? {});
    expect(changed.filter((rule) => !REASONS_FOR_RULE_CHANGES[rule])).toEqual([]);
    expect(config.extends).toEqual(['html-validate:recommended']);
  });

  it.each(pages.map((page) => [page.url, page.file] as const))('%s is valid HTML', async (_url, file) => {
    const html = await readFile(path.join(distDir, file), 'utf8');
    const result = await validator.validateString(html, file);
    const problems = result.results.flatMap((r) =>
      r.messages.map(
        (m) =>
          `${file}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}` +
          (m.selector ? ` (${m.selector})` : ''),
      ),
    );
    expectNone(problems, `html-validate found problems in ${file}`);
  });
});
