/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar, the checker behind validator.w3.org/nu)
 * with no errors: it reads HTML, SVG and ARIA the way the specifications do, and catches what
 * html-validate lets through (an SVG attribute's invalid value, for one). All pages are checked by
 * one Java process. Warnings do not fail: among them, the checker's notes that a
 * Content-Security-Policy meta element is ignored, which is an artefact of checking files.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { distDir, expectNone, listPages } from '../support/dist';

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

/** One message of the checker's JSON report. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const pages = await listPages();

describe(checkSummary('w3c'), () => {
  it('the W3C Nu HTML Checker finds no errors on any page', async () => {
    const files = pages.map((page) => path.join(distDir, page.file));
    expect(files.length, 'pages to check').toBeGreaterThan(0);
    // The checker exits 1 when it reports errors; its report is on stderr either way.
    const { stderr } = await promisify(execFile)(
      'java',
      ['-Xss2m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stderr?: string; message: string }) => {
      if (error.stderr?.startsWith('{')) return { stderr: error.stderr };
      throw new Error(
        `The W3C checker did not run (is Java installed? "npm run setup" installs it): ${error.message}`,
      );
    });
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map(
        (m) =>
          `${path.relative(distDir, decodeURIComponent(new URL(m.url ?? 'file:///').pathname))}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` (${m.extract.replace(/\s+/g, ' ').slice(0, 80)})` : ''}`,
      );
    expectNone(errors, 'W3C Nu HTML Checker errors');
  }, 300_000);
});
