/**
 * Static-hosting security of the built folder: every page carries the content security policy as
 * a meta element (static hosts cannot set headers), runs no inline script, loads nothing from
 * other hosts, opens new windows only with rel="noopener", and no file gives away a secret or a
 * path on the machine that built it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../src/config/quality';
import { site } from '../../src/config/site';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security';
import { distDir, expectNone, listAllFiles, listPages } from '../support/dist';

const pages = await listPages();
const parsed = await Promise.all(
  pages.map(async (page) => ({
    ...page,
    document: parseHTML(await readFile(path.join(distDir, page.file), 'utf8')).document,
  })),
);

/** Elements that make the browser fetch what their URL attributes name. */
const FETCHING =
  'link[href], script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], embed[src], object[data], video[src], video[poster], audio[src], track[src], image, use, input[src]';
/** Script types that hold data, not code. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap']);
/** The deployed site itself (the canonical link names it) is not a third party. */
const OWN_ORIGIN = new URL(site.siteUrl ?? 'http://site.invalid').origin;

/** Parses a policy into directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== '')
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** True when a URL attribute value reaches another host (absolute or protocol-relative). */
function isThirdParty(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed, `${OWN_ORIGIN}/`).origin !== OWN_ORIGIN;
  } catch {
    return true;
  }
}

/** Things no published file may contain, each with a name for the report. */
const FORBIDDEN: [string, RegExp][] = [
  ['absolute path /work/', /\/work\//],
  ['absolute path /root/', /\/root\//],
  ['absolute path /home/', /\/home\//],
  ['absolute path /tmp/', /\/tmp\//],
  ['file:// URL', /file:\/\//i],
  ['URL of a local server', /https?:\/\/(?:127\.0\.0\.1|localhost|0\.0\.0\.0)(?::\d+)?/i],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['OpenAI-style secret key', /\bsk-[A-Za-z0-9_-]{32,}/],
  ['password assignment', /\b(?:password|passwd|secret|api[_-]?key)\s*[:=]\s*["'][^"'\s]{6,}["']/i],
];

/**
 * Text that is not ours and not a leak, removed before the search above. Pagefind's WebAssembly
 * (written by the pagefind package, byte for byte the same for every site) carries the paths of
 * Pagefind's own release build machine in its Rust panic messages. Nothing else is excused.
 */
const VENDOR_TEXT: { file: RegExp; text: RegExp }[] = [
  { file: /^pagefind\/wasm\.[\w-]+\.pagefind$/, text: /\/home\/runner\/\.(?:cargo|rustup)\/[\x21-\x7e]*/g },
];

describe(checkSummary('security'), () => {
  it('every page has the content security policy meta element first in <head>, with no unsafe script sources', () => {
    const failures: string[] = [];
    for (const { file, document } of parsed) {
      const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
        (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      const meta = metas[0];
      if (!meta || metas.length > 1) {
        failures.push(`${file}: ${metas.length} Content-Security-Policy meta elements, expected 1`);
        continue;
      }
      if (meta.parentElement?.tagName.toLowerCase() !== 'head')
        failures.push(`${file}: the policy meta is not in <head>`);
      // A meta policy only governs what comes after it.
      const before = [...document.querySelectorAll('head > *')].findIndex((e) => e === meta);
      const firstFetch = [...document.querySelectorAll('head > *')].findIndex((e) =>
        e.matches('link, script, style, base'),
      );
      if (firstFetch !== -1 && firstFetch < before)
        failures.push(`${file}: a <link>, <script> or <style> comes before the policy`);
      const policy = meta.getAttribute('content') ?? '';
      if (policy !== CONTENT_SECURITY_POLICY)
        failures.push(`${file}: the policy differs from src/lib/site/security.ts: "${policy}"`);
      const parts = directives(policy);
      const scriptSources = parts.get('script-src') ?? parts.get('default-src') ?? ['*'];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
        if (scriptSources.includes(bad)) failures.push(`${file}: script-src allows ${bad}`);
      }
      for (const name of ['default-src', 'object-src', 'base-uri']) {
        if (!parts.has(name)) failures.push(`${file}: the policy has no ${name}`);
      }
    }
    expectNone(failures, 'Content security policy problems');
  });

  it('no page has inline script: no <script> without src (except JSON data), no on* attributes, no javascript: URLs', () => {
    const failures: string[] = [];
    for (const { file, document } of parsed) {
      for (const script of document.querySelectorAll('script:not([src])')) {
        const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
        if (!DATA_SCRIPT_TYPES.has(type)) {
          failures.push(
            `${file}: inline <script${type ? ` type="${type}"` : ''}>: ${(script.textContent ?? '').trim().slice(0, 80)}`,
          );
        }
      }
      for (const element of document.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          const value = element.getAttribute(name) ?? '';
          if (/^on[a-z]+$/i.test(name))
            failures.push(`${file}: <${element.tagName.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
          if (/^\s*javascript:/i.test(value))
            failures.push(`${file}: <${element.tagName.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
        }
      }
    }
    expectNone(failures, 'Inline script');
  });

  it('no page or stylesheet loads anything from another host (links to other sites with <a href> are fine)', async () => {
    const failures: string[] = [];
    for (const { file, document } of parsed) {
      for (const element of document.querySelectorAll(FETCHING)) {
        for (const name of ['href', 'src', 'xlink:href', 'data', 'poster']) {
          const value = element.getAttribute(name);
          if (value && isThirdParty(value))
            failures.push(`${file}: <${element.tagName.toLowerCase()} ${name}="${value}">`);
        }
        for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
          const value = candidate.trim().split(/\s+/)[0];
          if (value && isThirdParty(value))
            failures.push(`${file}: <${element.tagName.toLowerCase()} srcset="${value}">`);
        }
      }
      for (const form of document.querySelectorAll('form[action]')) {
        const action = form.getAttribute('action') ?? '';
        if (isThirdParty(action)) failures.push(`${file}: <form action="${action}">`);
      }
      for (const element of document.querySelectorAll('[style], style')) {
        const css = element.getAttribute('style') ?? element.textContent ?? '';
        for (const match of css.matchAll(/url\(\s*["']?([^"')]+)/gi)) {
          if (match[1] && isThirdParty(match[1])) failures.push(`${file}: inline CSS url(${match[1]})`);
        }
      }
    }
    for (const file of (await listAllFiles(distDir)).filter((f) => f.endsWith('.css'))) {
      const css = await readFile(path.join(distDir, file), 'utf8');
      for (const match of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')]+)/gi)) {
        if (match[1] && isThirdParty(match[1])) failures.push(`${file}: ${match[0]}`);
      }
    }
    expectNone(failures, 'Requests to other hosts');
  });

  it('every link that opens a new window has rel="noopener"', () => {
    const failures: string[] = [];
    for (const { file, document } of parsed) {
      for (const element of document.querySelectorAll('[target]')) {
        if (element.getAttribute('target')?.toLowerCase() !== '_blank') continue;
        const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener')) {
          failures.push(
            `${file}: <${element.tagName.toLowerCase()} href="${element.getAttribute('href') ?? ''}" target="_blank"> without rel="noopener"`,
          );
        }
      }
    }
    expectNone(failures, 'target=_blank without noopener');
  });

  it('no file in the build holds a secret, a local path or a local server address', async () => {
    const failures: string[] = [];
    for (const file of await listAllFiles(distDir)) {
      const bytes = await readFile(path.join(distDir, file));
      let texts = [bytes.toString('latin1')];
      // Pagefind's index files are gzip-compressed: look inside them too.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
          texts.push(gunzipSync(bytes).toString('latin1'));
        } catch {
          // Not gzip after all; the raw bytes were searched.
        }
      }
      for (const vendor of VENDOR_TEXT.filter((v) => v.file.test(file))) {
        texts = texts.map((text) => text.replace(vendor.text, ''));
      }
      for (const [what, pattern] of FORBIDDEN) {
        const match = texts.map((text) => pattern.exec(text)).find(Boolean);
        if (match) {
          const context = match.input
            .slice(Math.max(0, match.index - 40), match.index + 60)
            .replace(/\s+/g, ' ');
          failures.push(`${file}: ${what}: …${context}…`);
        }
      }
    }
    expectNone(failures, 'Secrets or local paths in the build');
  });

  it('the checks ran on every page', () => {
    expect(parsed.length).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(0);
  });
});
