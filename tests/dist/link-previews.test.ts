/**
 * Every page carries link-preview metadata (Open Graph and a Twitter card) from the base layout:
 * its title and description, and its address only when it has a canonical one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, listPages } from '../support/dist';

const decode = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');

describe('link previews', () => {
  it('every page has an Open Graph title and description, a Twitter card, and og:url only with a canonical link', async () => {
    const problems: string[] = [];
    for (const page of await listPages()) {
      const html = readFileSync(path.join(distDir, page.file), 'utf8');
      const meta = (attribute: string, key: string) =>
        new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`).exec(html)?.[1];
      const description = meta('name', 'description');
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
      const ogTitle = decode(meta('property', 'og:title') ?? '');
      if (!ogTitle || !title.startsWith(ogTitle))
        problems.push(`${page.url}: og:title "${ogTitle}" for <title> "${title}"`);
      if (meta('property', 'og:description') !== description) problems.push(`${page.url}: og:description`);
      if (meta('name', 'twitter:description') !== description)
        problems.push(`${page.url}: twitter:description`);
      if (!/^summary(_large_image)?$/.test(meta('name', 'twitter:card') ?? ''))
        problems.push(`${page.url}: twitter:card`);
      const canonical = /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1];
      if (meta('property', 'og:url') !== canonical)
        problems.push(`${page.url}: og:url is not the canonical address`);
    }
    expect(problems).toEqual([]);
  });
});
