import type { ChangelogEntry } from '../../schemas/changelog-entry';

/** Where the RSS feed of "What's changed" is published, below the base path. */
export const CHANGES_FEED_PATH = '/changes.xml';

/**
 * The HTML id of a change on the "What's changed" page (an id must begin with a letter).
 * @example changeAnchor('2026-11-26-first-web-edition') // "change-2026-11-26-first-web-edition"
 */
export function changeAnchor(id: string): string {
  return `change-${id}`;
}

/** One item of the feed, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  description: string;
  /** Absolute address of the item. */
  link: string;
  pubDate: Date;
}

/**
 * The feed's items, newest first: one per entry of content/changelog.yaml, each linking to its
 * entry on the "What's changed" page.
 * @param changesUrl absolute address of the "What's changed" page.
 * @example changeFeedItems([{ id: 'a', date: '2026-11-26', summary: 'First edition.', sections: ['all'] }], 'https://x.example/changes/')
 */
export function changeFeedItems(entries: readonly ChangelogEntry[], changesUrl: string): FeedItem[] {
  return [...entries]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((entry) => ({
      // The summary's first clause, without its closing punctuation.
      title: (entry.summary.split(/(?<=[.:;])\s/)[0] ?? entry.summary).replace(/[.:;]$/, ''),
      description: entry.summary,
      link: `${changesUrl}#${changeAnchor(entry.id)}`,
      pubDate: new Date(`${entry.date}T00:00:00Z`),
    }));
}
